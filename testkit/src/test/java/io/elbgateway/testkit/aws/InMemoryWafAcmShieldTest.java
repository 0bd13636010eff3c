/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.acm.model.CertificateStatus;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;
import software.amazon.awssdk.services.acm.model.ListCertificatesResponse;
import software.amazon.awssdk.services.shield.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.wafv2.model.WafNonexistentItemException;
import software.amazon.awssdk.services.wafv2.model.WafUnavailableEntityException;

class InMemoryWafAcmShieldTest {

  private final ElbFixture f = new ElbFixture();
  private final InMemoryWafv2 waf = f.aws.wafv2();
  private final InMemoryAcm acm = f.aws.acm();
  private final InMemoryShield shield = f.aws.shield();

  @Test
  void associatingReplacesTheWebAclAndGetReturnsNoneWhenNothingIsAssociated() {
    String lb = f.alb("web");
    String one = waf.createWebAcl("one");
    String two = waf.createWebAcl("two");
    assertThat(waf.getWebACLForResource(b -> b.resourceArn(lb)).webACL()).isNull();
    waf.associateWebACL(b -> b.webACLArn(one).resourceArn(lb));
    waf.associateWebACL(b -> b.webACLArn(two).resourceArn(lb));
    assertThat(waf.getWebACLForResource(b -> b.resourceArn(lb)).webACL().arn()).isEqualTo(two);
    assertThat(waf.getWebACLForResource(b -> b.resourceArn(lb)).webACL().name()).isEqualTo("two");
    assertThat(waf.listResourcesForWebACL(b -> b.webACLArn(two)).resourceArns()).containsExactly(lb);
    assertThat(waf.listResourcesForWebACL(b -> b.webACLArn(one)).resourceArns()).isEmpty();
    waf.disassociateWebACL(b -> b.resourceArn(lb));
    assertThat(waf.getWebACLForResource(b -> b.resourceArn(lb)).webACL()).isNull();
  }

  @Test
  void anUnknownWebAclOrLoadBalancerIsNonexistent() {
    String lb = f.alb("web");
    assertThatThrownBy(() -> waf.associateWebACL(b -> b.webACLArn("arn:aws:wafv2:us-west-2:123456789012:regional/webacl/x/1").resourceArn(lb)))
        .isInstanceOf(WafNonexistentItemException.class);
    String acl = waf.createWebAcl("acl");
    assertThatThrownBy(() -> waf.associateWebACL(b -> b.webACLArn(acl).resourceArn(lb + "0")))
        .isInstanceOf(WafNonexistentItemException.class);
  }

  @Test
  void aNewWebAclCanBeUnavailableForItsFirstAssociations() {
    String lb = f.alb("web");
    String acl = "arn:aws:wafv2:us-west-2:123456789012:regional/webacl/new/1";
    waf.addWebAcl(acl, 2);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> waf.associateWebACL(b -> b.webACLArn(acl).resourceArn(lb)))
          .isInstanceOf(WafUnavailableEntityException.class);
    }
    waf.associateWebACL(b -> b.webACLArn(acl).resourceArn(lb));
    assertThat(waf.getWebACLForResource(b -> b.resourceArn(lb)).webACL().arn()).isEqualTo(acl);
  }

  @Test
  void associationsAndProtectionsVanishWithTheirLoadBalancer() {
    String lb = f.alb("web");
    String acl = waf.createWebAcl("acl");
    waf.associateWebACL(b -> b.webACLArn(acl).resourceArn(lb));
    shield.createProtection(b -> b.name("web").resourceArn(lb));
    f.elb.deleteLoadBalancer(b -> b.loadBalancerArn(lb));
    assertThat(waf.listResourcesForWebACL(b -> b.webACLArn(acl)).resourceArns()).isEmpty();
    assertThat(shield.listProtections(b -> {}).protections()).isEmpty();
  }

  @Test
  void shieldProtectsAResourceOnce() {
    String lb = f.alb("web");
    String id = shield.createProtection(b -> b.name("web").resourceArn(lb)).protectionId();
    assertThatThrownBy(() -> shield.createProtection(b -> b.name("again").resourceArn(lb)))
        .isInstanceOf(ResourceAlreadyExistsException.class);
    assertThat(shield.describeProtection(b -> b.resourceArn(lb)).protection().id()).isEqualTo(id);
    shield.deleteProtection(b -> b.protectionId(id));
    assertThatThrownBy(() -> shield.describeProtection(b -> b.resourceArn(lb)))
        .isInstanceOf(software.amazon.awssdk.services.shield.model.ResourceNotFoundException.class);
  }

  @Test
  void acmListsPagesFiltersByStatusAndDefaultsToRsaKeys() {
    String issued = acm.addCertificate("example.com", CertificateStatus.ISSUED, "*.example.com");
    acm.addCertificate("pending.example.com", CertificateStatus.PENDING_VALIDATION);
    acm.addCertificate("ec.example.com", CertificateStatus.ISSUED, KeyAlgorithm.EC_PRIME256_V1, List.of());
    ListCertificatesResponse first = acm.listCertificates(b -> b.maxItems(1));
    assertThat(first.certificateSummaryList()).hasSize(1);
    assertThat(first.nextToken()).isNotNull();
    assertThat(acm.listCertificates(b -> b.maxItems(1).nextToken(first.nextToken())).certificateSummaryList()).hasSize(1);
    List<CertificateSummary> issuedOnly = acm.listCertificates(b -> b.certificateStatuses(CertificateStatus.ISSUED)).certificateSummaryList();
    assertThat(issuedOnly).extracting(CertificateSummary::certificateArn).containsExactly(issued);
    assertThat(issuedOnly.get(0).subjectAlternativeNameSummaries()).containsExactly("example.com", "*.example.com");
    assertThat(issuedOnly.get(0).keyAlgorithmAsString()).isEqualTo("RSA_2048");
    assertThat(acm.listCertificates(b -> b.includes(i -> i.keyTypes(KeyAlgorithm.EC_PRIME256_V1))).certificateSummaryList()).hasSize(1);
    assertThat(acm.describeCertificate(b -> b.certificateArn(issued)).certificate().domainName()).isEqualTo("example.com");
    assertThatThrownBy(() -> acm.describeCertificate(b -> b.certificateArn(issued + "x")))
        .isInstanceOf(software.amazon.awssdk.services.acm.model.ResourceNotFoundException.class);
  }
}
