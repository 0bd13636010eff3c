/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import io.elbgateway.model.elb.ElbStack;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One in-memory AWS account and Region: an {@link InMemoryElbv2}, {@link InMemoryWafv2}, {@link
 * InMemoryAcm} and {@link InMemoryShield} that share the Region, account, clock, id generator,
 * {@link CallLog} and {@link Faults}, and are linked as AWS links them: WAF associations and
 * Shield protections name existing load balancers and vanish when their load balancer is deleted.
 *
 * <pre>{@code
 * InMemoryAws aws = InMemoryAws.builder().clock(clock).seed(7).build();
 * String acl = aws.wafv2().createWebAcl("shop");
 * engine.sync(aws.elbv2(), aws.wafv2(), aws.acm(), aws.shield());
 * assertThat(aws.callLog().mutating()).isZero();
 * }</pre>
 */
public final class InMemoryAws {

  private final AwsContext ctx;
  private final InMemoryElbv2 elbv2;
  private final InMemoryWafv2 wafv2;
  private final InMemoryAcm acm;
  private final InMemoryShield shield;

  private InMemoryAws(AwsContext ctx) {
    this.ctx = ctx;
    this.elbv2 = new InMemoryElbv2(ctx);
    this.wafv2 = new InMemoryWafv2(ctx);
    this.acm = new InMemoryAcm(ctx);
    this.shield = new InMemoryShield(ctx);
    // WAF and Shield resources are ARNs of other services; only load balancer ARNs are checked.
    wafv2.linkResources(arn -> !isLoadBalancerArn(arn) || elbv2.hasLoadBalancer(arn));
    shield.linkResources(arn -> !isLoadBalancerArn(arn) || elbv2.hasLoadBalancer(arn));
    elbv2.onLoadBalancerDeleted(arn -> {
      wafv2.forget(arn);
      shield.forget(arn);
    });
    elbv2.link(wafv2::webAclOf, shield::isProtected);
  }

  /** An in-memory AWS with every default of {@link #builder()}. */
  public static InMemoryAws create() {
    return builder().build();
  }

  /** A builder with defaults: us-west-2, account 123456789012, a manual clock at 2026-01-01. */
  public static Builder builder() {
    return new Builder();
  }

  /** The ELBv2 client. */
  public InMemoryElbv2 elbv2() {
    return elbv2;
  }

  /** The WAFv2 client. */
  public InMemoryWafv2 wafv2() {
    return wafv2;
  }

  /** The ACM client. */
  public InMemoryAcm acm() {
    return acm;
  }

  /** The Shield client. */
  public InMemoryShield shield() {
    return shield;
  }

  /** Every call made to the four clients. */
  public CallLog callLog() {
    return ctx.gate.log();
  }

  /** Installs {@code faults} on all four clients, counting from the next call. */
  public void faults(Faults faults) {
    ctx.gate.install(faults);
  }

  /** The clock the services read (the deregistration delay runs on it). */
  public Clock clock() {
    return ctx.clock;
  }

  /** The Region. */
  public String region() {
    return ctx.region;
  }

  /** The account id. */
  public String accountId() {
    return ctx.accountId;
  }

  /** The VPC every load balancer is created in. */
  public String vpcId() {
    return ctx.vpcId;
  }

  /** See {@link InMemoryElbv2#stackOf}. */
  public ElbStack stackOf(String loadBalancerArn) {
    return elbv2.stackOf(loadBalancerArn);
  }

  /** See {@link InMemoryElbv2#describe}. */
  public String describe() {
    return elbv2.describe();
  }

  private static boolean isLoadBalancerArn(String arn) {
    return arn.startsWith("arn:aws:elasticloadbalancing:") && arn.contains(":loadbalancer/");
  }

  /** Settings of an {@link InMemoryAws}. */
  public static final class Builder {
    private String region = "us-west-2";
    private String accountId = "123456789012";
    private String vpcId = "vpc-0a1b2c3d4e5f60718";
    private String defaultSecurityGroup = "sg-0d5f6a7b8c9d0e1f2";
    private Clock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    private long seed = 1;
    private ElbQuotas quotas = ElbQuotas.defaults();
    private int activeAfterDescribes = 1;
    private int healthyAfterDescribes = 1;
    private final Map<String, String> subnetZones = new LinkedHashMap<>();
    private Faults faults = Faults.none();

    private Builder() {}

    /** The Region (default {@code us-west-2}). */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** The account id (default {@code 123456789012}). */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** The VPC of every load balancer (default {@code vpc-0a1b2c3d4e5f60718}). */
    public Builder vpcId(String vpcId) {
      this.vpcId = vpcId;
      return this;
    }

    /**
     * The VPC's default security group, which an ALB created without security groups gets (default
     * {@code sg-0d5f6a7b8c9d0e1f2}).
     */
    public Builder defaultSecurityGroup(String securityGroupId) {
      this.defaultSecurityGroup = securityGroupId;
      return this;
    }

    /** The clock (default a {@link ManualClock} at 2026-01-01T00:00:00Z). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The seed of the resource id generator (default 1): same seed, same calls, same ARNs. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The ELBv2 quotas (default AWS's, {@link ElbQuotas#defaults()}). */
    public Builder quotas(ElbQuotas quotas) {
      this.quotas = quotas;
      return this;
    }

    /**
     * How many DescribeLoadBalancers replies show a new load balancer {@code provisioning} before it
     * is {@code active} (default 1: the first describe shows it provisioning, the next active; 0:
     * active at once).
     */
    public Builder activeAfterDescribes(int describes) {
      this.activeAfterDescribes = describes;
      return this;
    }

    /**
     * How many DescribeTargetHealth replies show a newly registered target {@code initial} before it
     * is {@code healthy} (default 1; 0: healthy at once).
     */
    public Builder healthyAfterDescribes(int describes) {
      this.healthyAfterDescribes = describes;
      return this;
    }

    /**
     * The Availability Zone of a subnet. A subnet without one is put in zone a, b or c of the
     * Region, chosen from its id.
     */
    public Builder subnetZone(String subnetId, String zone) {
      subnetZones.put(subnetId, zone);
      return this;
    }

    /** The faults to start with (default none; change them later with {@link InMemoryAws#faults}). */
    public Builder faults(Faults faults) {
      this.faults = faults;
      return this;
    }

    /** The in-memory AWS. */
    public InMemoryAws build() {
      CallGate gate = new CallGate();
      gate.install(faults);
      return new InMemoryAws(new AwsContext(region, accountId, vpcId, defaultSecurityGroup, clock, quotas,
          activeAfterDescribes, healthyAfterDescribes, subnetZones, seed, gate));
    }
  }
}
