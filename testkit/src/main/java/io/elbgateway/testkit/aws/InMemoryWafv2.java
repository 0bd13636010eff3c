/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.AssociateWebAclRequest;
import software.amazon.awssdk.services.wafv2.model.AssociateWebAclResponse;
import software.amazon.awssdk.services.wafv2.model.DisassociateWebAclRequest;
import software.amazon.awssdk.services.wafv2.model.DisassociateWebAclResponse;
import software.amazon.awssdk.services.wafv2.model.GetWebAclForResourceRequest;
import software.amazon.awssdk.services.wafv2.model.GetWebAclForResourceResponse;
import software.amazon.awssdk.services.wafv2.model.ListResourcesForWebAclRequest;
import software.amazon.awssdk.services.wafv2.model.ListResourcesForWebAclResponse;
import software.amazon.awssdk.services.wafv2.model.WebACL;

/**
 * An in-memory WAFv2 for web ACL associations (alb-elbv2.md §9), behind the SDK's {@link
 * Wafv2Client}: AssociateWebACL (replaces the resource's ACL; an ACL not added with {@link
 * #addWebAcl} → {@code WAFNonexistentItemException}; a new ACL can be made {@code
 * WAFUnavailableEntityException} for its first associate calls, as AWS is right after creating
 * one), DisassociateWebACL, GetWebACLForResource (no {@code WebACL} when none is associated),
 * ListResourcesForWebACL. Linked to an {@link InMemoryElbv2} by {@link InMemoryAws}: resources must
 * be existing load balancers, and an association vanishes with its load balancer. Other operations
 * throw {@link UnsupportedOperationException}. Thread-safe.
 */
public final class InMemoryWafv2 implements Wafv2Client {

  private final AwsContext ctx;
  private final ServiceErrors errors = ServiceErrors.WAFV2;
  private final Map<String, Integer> unavailableFor = new LinkedHashMap<>();
  private final Map<String, String> associations = new TreeMap<>();
  private Predicate<String> resourceExists = arn -> true;

  InMemoryWafv2(AwsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  /** Makes a web ACL with {@code arn} exist (not counted as a call). */
  public void addWebAcl(String arn) {
    addWebAcl(arn, 0);
  }

  /**
   * Makes a web ACL with {@code arn} exist, refusing its first {@code unavailableAssociates}
   * AssociateWebACL calls with {@code WAFUnavailableEntityException}.
   */
  public void addWebAcl(String arn, int unavailableAssociates) {
    ctx.gate.quietly(() -> unavailableFor.put(arn, unavailableAssociates));
  }

  /** The ARN of a Regional web ACL named {@code name} in this account, added as by {@link #addWebAcl}. */
  public String createWebAcl(String name) {
    String arn = "arn:aws:wafv2:" + ctx.region + ":" + ctx.accountId + ":regional/webacl/" + name + "/"
        + ctx.gate.quietly(() -> uuid());
    addWebAcl(arn);
    return arn;
  }

  @Override
  public AssociateWebAclResponse associateWebACL(AssociateWebAclRequest r) {
    return call("AssociateWebACL", r, () -> {
      Integer unavailable = unavailableFor.get(r.webACLArn());
      if (unavailable == null) {
        throw errors.error("WAFNonexistentItemException", "AWS WAF couldn't perform the operation because your resource doesn't exist.");
      }
      requireResource(r.resourceArn());
      if (unavailable > 0) {
        unavailableFor.put(r.webACLArn(), unavailable - 1);
        throw errors.error("WAFUnavailableEntityException", "AWS WAF couldn't retrieve the resource that you requested. Retry your request.");
      }
      associations.put(r.resourceArn(), r.webACLArn());
      return AssociateWebAclResponse.builder().build();
    });
  }

  @Override
  public DisassociateWebAclResponse disassociateWebACL(DisassociateWebAclRequest r) {
    return call("DisassociateWebACL", r, () -> {
      requireResource(r.resourceArn());
      associations.remove(r.resourceArn());
      return DisassociateWebAclResponse.builder().build();
    });
  }

  @Override
  public GetWebAclForResourceResponse getWebACLForResource(GetWebAclForResourceRequest r) {
    return call("GetWebACLForResource", r, () -> {
      requireResource(r.resourceArn());
      String acl = associations.get(r.resourceArn());
      return acl == null
          ? GetWebAclForResourceResponse.builder().build()
          : GetWebAclForResourceResponse.builder().webACL(webAcl(acl)).build();
    });
  }

  @Override
  public ListResourcesForWebAclResponse listResourcesForWebACL(ListResourcesForWebAclRequest r) {
    return call("ListResourcesForWebACL", r, () -> {
      if (!unavailableFor.containsKey(r.webACLArn())) {
        throw errors.error("WAFNonexistentItemException", "AWS WAF couldn't perform the operation because your resource doesn't exist.");
      }
      String type = r.resourceTypeAsString() == null ? "APPLICATION_LOAD_BALANCER" : r.resourceTypeAsString();
      List<String> resources = associations.entrySet().stream()
          .filter(e -> e.getValue().equals(r.webACLArn()))
          .map(Map.Entry::getKey)
          .filter(arn -> !type.equals("APPLICATION_LOAD_BALANCER") || arn.contains(":loadbalancer/app/"))
          .collect(Collectors.toList());
      return ListResourcesForWebAclResponse.builder().resourceArns(resources).build();
    });
  }

  void linkResources(Predicate<String> exists) {
    this.resourceExists = exists;
  }

  /** The web ACL associated with {@code resourceArn}. */
  Optional<String> webAclOf(String resourceArn) {
    return Optional.ofNullable(associations.get(resourceArn));
  }

  /** Drops the association of a resource that no longer exists. */
  void forget(String resourceArn) {
    associations.remove(resourceArn);
  }

  private void requireResource(String arn) {
    if (arn == null || !resourceExists.test(arn)) {
      throw errors.error("WAFNonexistentItemException", "AWS WAF couldn't perform the operation because your resource doesn't exist.");
    }
  }

  private static WebACL webAcl(String arn) {
    String[] parts = arn.split("/");
    return WebACL.builder()
        .arn(arn)
        .name(parts.length >= 3 ? parts[parts.length - 2] : arn)
        .id(parts[parts.length - 1])
        .build();
  }

  private String uuid() {
    String h = ctx.hex(32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
  }

  private <T> T call(String operation, SdkPojo request, Supplier<T> effect) {
    return ctx.gate.call(errors, operation, request, effect);
  }
}
