/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import static io.elbgateway.testkit.aws.ElbFixture.fixed;
import static io.elbgateway.testkit.aws.ElbFixture.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class CallLogTest {

  private final ElbFixture f = new ElbFixture();

  @Test
  void classifiesOperationsAsMutatingOrReading() {
    assertThat(CallLog.isMutating("CreateRule")).isTrue();
    assertThat(CallLog.isMutating("SetRulePriorities")).isTrue();
    assertThat(CallLog.isMutating("DeregisterTargets")).isTrue();
    assertThat(CallLog.isMutating("AssociateWebACL")).isTrue();
    assertThat(CallLog.isMutating("DisassociateWebACL")).isTrue();
    assertThat(CallLog.isMutating("DescribeRules")).isFalse();
    assertThat(CallLog.isMutating("GetWebACLForResource")).isFalse();
    assertThat(CallLog.isMutating("ListCertificates")).isFalse();
  }

  @Test
  void countsAttemptsByOperationIncludingFaultedOnes() {
    String lb = f.alb("web");
    String listener = f.listener(lb, 80, fixed("404"));
    f.aws.faults(Faults.onCall("CreateRule", 1, FaultKind.THROTTLE));
    catchThrowable(() -> f.rule(listener, 1, path("/a"), fixed("200")));
    f.rule(listener, 1, path("/a"), fixed("200"));
    f.elb.describeRules(b -> b.listenerArn(listener));
    CallLog log = f.aws.callLog();
    assertThat(log.count("CreateRule")).isEqualTo(2);
    assertThat(log.faulted()).isEqualTo(1);
    assertThat(log.counts()).containsEntry("CreateLoadBalancer", 1).containsEntry("DescribeRules", 1);
    assertThat(log.mutating()).isEqualTo(4);
    assertThat(log.reads()).isEqualTo(1);
    assertThat(log.total()).isEqualTo(5);
    assertThat(log.toString()).contains("CreateRule 2\n");
    log.reset();
    assertThat(log.total()).isZero();
  }

  @Test
  void recordsWhichCallsNamedAnArn() {
    String lb = f.alb("web");
    String tg = f.targetGroup("app");
    String listener = f.listener(lb, 80, ElbFixture.forward(tg));
    f.aws.callLog().reset();
    f.elb.describeTargetGroups(b -> b.targetGroupArns(tg));
    f.elb.modifyListener(b -> b.listenerArn(listener).defaultActions(fixed("404")));
    assertThat(f.aws.callLog().callsTouching(tg)).extracting(Call::operation).containsExactly("DescribeTargetGroups");
    assertThat(f.aws.callLog().mutatingCallsTouching(tg)).isEmpty();
    assertThat(f.aws.callLog().mutatingCallsTouching(listener)).extracting(Call::operation).containsExactly("ModifyListener");
    assertThat(f.aws.callLog().mutatingCallsTouching(lb)).isEmpty();
  }

  @Test
  void viewsAndSetupHelpersAreNotCounted() {
    String lb = f.alb("web");
    f.aws.callLog().reset();
    f.elb.describe();
    f.elb.stackOf(lb);
    f.aws.wafv2().createWebAcl("acl");
    f.aws.acm().addCertificate("example.com", software.amazon.awssdk.services.acm.model.CertificateStatus.ISSUED);
    assertThat(f.aws.callLog().total()).isZero();
  }
}
