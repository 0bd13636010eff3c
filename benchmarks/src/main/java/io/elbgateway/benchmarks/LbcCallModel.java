/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.sync.aws.CallCounts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AWS calls the AWS Load Balancer Controller's deployer would issue for the same desired
 * stacks, counted from its algorithm as {@code lbc-gateway.md} §5 describes it (the reference
 * study of LBC 3.5.0; "§" below means that document). Nothing is run: it is a model, and every
 * assumption it makes is written next to the count it affects. Where the document says LBC does
 * something on every reconcile, it is counted; where the document is silent, the comment says so
 * and the model takes the reading that costs LBC fewer calls.
 *
 * <p>Scope, the same as the engine's counts so the two compare like with like: ELBv2, WAFv2 and
 * Shield calls. Not counted on either side: EC2 security-group calls (§5 step 1; LBC creates a
 * managed security group per Gateway, the engine is handed a pre-created one), Kubernetes API
 * calls, and the reconciles LBC requeues every 2 minutes while a load balancer is provisioning
 * (§1.3 step 8; the engine also asks to be called back while provisioning, and those calls are
 * not in its first-sync count either).
 *
 * <p>Operation names are the AWS API's, so {@link CallCounts#mutating()} and {@link
 * CallCounts#reads()} classify them as they classify the engine's.
 */
public final class LbcCallModel {

  /**
   * Items per page of the Region-wide listings. §5 does not say which page size LBC asks for; the
   * cheaper reading is the API's largest, 400 (alb-elbv2.md, pagination notes).
   */
  static final int PAGE = 400;

  /** ARNs per DescribeTags call (§5: "DescribeTags in chunks of 20"). */
  static final int TAG_CHUNK = 20;

  /** Whether the created resources' tags are in the tag cache at once (§5's cheaper reading). */
  private final boolean createdTagsCached;
  /** Where §5 is silent, LBC's source instead of the cheaper reading. */
  private final boolean asInSource;

  private LbcCallModel(boolean asInSource) {
    this.asInSource = asInSource;
    this.createdTagsCached = !asInSource;
  }

  /**
   * The model with the cheaper reading of the tag cache: the tags LBC sets when it creates a
   * resource are in its 20-minute tag cache at once, so it never reads the tags of resources it
   * created itself while the cache holds them. §5 names the cache and its lifetime only; whether a
   * create fills it is not said.
   */
  public static LbcCallModel standard() {
    return new LbcCallModel(false);
  }

  /**
   * The model with two places where §5 is silent read in LBC's source instead
   * (kubernetes-sigs/aws-load-balancer-controller, {@code pkg/deploy/elbv2}): the tag cache fills
   * only from DescribeTags ({@code tagging_manager.go}, {@code describeResourceTags}; a create does
   * not put its tags there), so the first reconcile that lists a resource LBC created reads its
   * tags once, and listing a listener's rules reads the tags of its default rule too ({@code
   * ListListenerRules} passes every rule ARN); and creating a load balancer or target group reconciles
   * its attributes at once ({@code load_balancer_manager.go}, {@code target_group_manager.go}:
   * {@code Create} calls {@code attributesReconciler.Reconcile}, which reads them with
   * Describe*Attributes); and a new listener's extra certificates are added one per
   * AddListenerCertificates ({@code listener_manager.go}). Everything else as {@link #standard()}.
   */
  public static LbcCallModel asInSource() {
    return new LbcCallModel(true);
  }

  /**
   * The first deployment of every stack into an empty Region: LBC reconciles one Gateway per
   * reconcile (§1.3), so the stacks are deployed one after another, each seeing the load balancers
   * and target groups of the ones deployed before it in its Region-wide listings.
   */
  public CallCounts firstDeployment(List<ElbStack> stacks) {
    Tally tally = new Tally();
    int lbsBefore = 0;
    int tgsBefore = 0;
    int unreadTgs = 0;
    int unreadLbs = 0;
    for (ElbStack stack : stacks) {
      tally.add(firstReconcile(stack, lbsBefore, tgsBefore, createdTagsCached ? 0 : unreadLbs, createdTagsCached ? 0 : unreadTgs));
      lbsBefore++;
      tgsBefore += stack.targetGroups().size();
      // Read by this reconcile's listings; what it created is unread until the next one.
      unreadLbs = 1;
      unreadTgs = stack.targetGroups().size();
    }
    return tally.counts();
  }

  /**
   * A reconcile of every stack when nothing changed, within the 20-minute tag cache of the first
   * deployment (§5): the reads that show nothing changed, and no change.
   */
  public CallCounts noChangeReconcile(List<ElbStack> stacks) {
    Tally tally = new Tally();
    int lbs = stacks.size();
    int tgs = stacks.stream().mapToInt(s -> s.targetGroups().size()).sum();
    for (ElbStack stack : stacks) {
      tally.add(noChangeReconcile(stack, lbs, tgs, false));
    }
    if (!createdTagsCached) {
      // The listeners and rules created in the first deployment were never read: their tags are
      // read once now; so are the last Gateway's load balancer and target groups (the others'
      // were read by the listings of the Gateways deployed after them).
      for (ElbStack stack : stacks) {
        tally.add("DescribeTags", listenerAndRuleTagCalls(stack));
      }
      if (!stacks.isEmpty()) {
        tally.add("DescribeTags", chunks(1) + chunks(stacks.get(stacks.size() - 1).targetGroups().size()));
      }
    }
    return tally.counts();
  }

  /**
   * A reconcile of every stack when nothing changed, after the 20-minute tag cache expired (§5):
   * the first Gateway's reconcile reads the tags of every load balancer and target group in the
   * Region again, which then are fresh for the others; each Gateway reads the tags of its own
   * listeners and rules.
   */
  public CallCounts reconcileAfterTagCache(List<ElbStack> stacks) {
    Tally tally = new Tally();
    int lbs = stacks.size();
    int tgs = stacks.stream().mapToInt(s -> s.targetGroups().size()).sum();
    boolean first = true;
    for (ElbStack stack : stacks) {
      tally.add(noChangeReconcile(stack, lbs, tgs, first));
      tally.add("DescribeTags", listenerAndRuleTagCalls(stack));
      first = false;
    }
    return tally.counts();
  }

  /**
   * The first reconcile of one Gateway whose resources do not exist yet, in a Region that holds
   * {@code lbsInRegion} load balancers and {@code tgsInRegion} target groups of other Gateways, of
   * which {@code untaggedLbs} and {@code untaggedTgs} have tags not in the cache.
   */
  public CallCounts firstReconcile(ElbStack stack, int lbsInRegion, int tgsInRegion, int untaggedLbs, int untaggedTgs) {
    Tally t = new Tally();

    // §5 step 4, target groups. Finding the existing ones: "LBs and TGs via DescribeLoadBalancers/
    // DescribeTargetGroups (whole region ...) + DescribeTags in chunks of 20 with a 20-minute tag
    // cache". Every reconcile lists again: §5 names no cache for the listings themselves
    // ("everything is recomputed from scratch each reconcile and diffed").
    t.add("DescribeTargetGroups", pages(tgsInRegion));
    t.add("DescribeTags", chunks(untaggedTgs));
    for (TargetGroup tg : stack.targetGroups()) {
      // "create missing": one CreateTargetGroup each. Tags (§4.6, ownership tags on TGs): §5 does
      // not say whether they go in the create request or in a following AddTags; the cheaper
      // reading is in the request.
      t.add("CreateTargetGroup", 1);
      // CreateTargetGroup takes no attributes (alb-elbv2.md), so attributes the model sets need one
      // ModifyTargetGroupAttributes. §5 is silent on reading them after a create: not counted
      // (asInSource: counted).
      if (asInSource) {
        t.add("DescribeTargetGroupAttributes", 1);
      }
      if (!tg.attributes().isEmpty()) {
        t.add("ModifyTargetGroupAttributes", 1);
      }
    }

    // §5 step 5, load balancer: its own Region-wide listing (the LB synthesizer finds LBs, the TG
    // synthesizer TGs; §5 describes no shared listing).
    t.add("DescribeLoadBalancers", pages(lbsInRegion));
    t.add("DescribeTags", chunks(untaggedLbs));
    // Tags in the create request (cheaper reading, as for target groups).
    t.add("CreateLoadBalancer", 1);
    // "update = tags, SGs, subnets, IP type, attributes": on create, only attributes the model
    // sets need a call (CreateLoadBalancer takes none). Reading them after a create: §5 is
    // silent, not counted (asInSource: counted).
    if (asInSource) {
      t.add("DescribeLoadBalancerAttributes", 1);
    }
    if (!stack.loadBalancer().attributes().isEmpty()) {
      t.add("ModifyLoadBalancerAttributes", 1);
    }
    // "capacity reservation in PostSynthesize": only when the model asks for one.
    if (stack.loadBalancer().minimumLoadBalancerCapacity().isPresent()) {
      t.add("ModifyCapacityReservation", 1);
    }

    // §5 step 6, listeners: "matched to existing listeners by port on the LB". The synthesizer is
    // generic and recomputes everything each reconcile, so it lists the LB's listeners even when
    // the LB was created moments before (one page: at most 50 listeners per ALB).
    t.add("DescribeListeners", 1);
    for (Listener listener : stack.listeners()) {
      // Tags in the request (cheaper reading; §3.1: listener tags = LB tags).
      t.add("CreateListener", 1);
      if (listener.certificates().size() > 1) {
        // "extra certs via Add/RemoveListenerCertificates": §5 does not say how many per call;
        // cheaper reading, one call adds them all (asInSource: one call each).
        t.add("AddListenerCertificates", asInSource ? listener.certificates().size() - 1 : 1);
      }
      if (!listener.attributes().isEmpty()) {
        t.add("ModifyListenerAttributes", 1);
      }
      // §5 step 7, rules, "per listener, against all non-default rules on the listener": one
      // DescribeRules (a new listener has only its default rule, one page), then one CreateRule per
      // rule; no SetRulePriorities or ModifyRule on an empty listener. Rule tags (gate
      // ListenerRulesTagging, on by default, §1.4): "tag reconciliation on all matched rules" —
      // created rules are not matched ones; cheaper reading: their tags go in the CreateRule.
      t.add("DescribeRules", 1);
      if (!createdTagsCached) {
        // asInSource: the listing reads the tags of the one rule it finds, the default rule.
        t.add("DescribeTags", 1);
      }
      t.add("CreateRule", stack.rulesOf(listener.key()).size());
    }

    // §5 step 8 and §4.5: the TargetGroupBinding controller registers the targets, one
    // RegisterTargets per target group with targets (the engine also registers each target
    // group's targets in one call). The TGB controller's own reads (to diff registered targets)
    // are outside the Gateway reconcile and not described in §4.5: not counted.
    for (TargetGroup tg : stack.targetGroups()) {
      if (!tg.targets().isEmpty()) {
        t.add("RegisterTargets", 1);
      }
    }

    // §5 step 9, WAFv2: "GetWebACLForResource, then Associate/Disassociate (only when the model
    // contains an association)".
    if (stack.loadBalancer().webAclArn().isPresent()) {
      t.add("GetWebACLForResource", 1);
      t.add("AssociateWebACL", 1);
    }
    // Shield Advanced: "only if the account is subscribed", which takes one GetSubscriptionState;
    // then the existing protection is looked up (DescribeProtection) before one is created. §5
    // does not say whether the subscription is checked when the model has no Shield setting:
    // cheaper reading, only when it has one.
    if (stack.loadBalancer().shieldEnabled().orElse(false)) {
      t.add("GetSubscriptionState", 1);
      t.add("DescribeProtection", 1);
      t.add("CreateProtection", 1);
    }
    return t.counts();
  }

  /**
   * A reconcile of one Gateway whose resources all exist and match, in a Region that holds {@code
   * lbsInRegion} load balancers and {@code tgsInRegion} target groups (its own included); with
   * {@code regionTagsCold}, the tags of all of them are read (the cache expired). The tags of the
   * Gateway's listeners and rules are not counted here (see {@link #listenerAndRuleTagCalls}).
   */
  public CallCounts noChangeReconcile(ElbStack stack, int lbsInRegion, int tgsInRegion, boolean regionTagsCold) {
    Tally t = new Tally();
    // §5 step 4: the Region-wide listing and the tags of what it finds (from the cache unless cold).
    t.add("DescribeTargetGroups", pages(tgsInRegion));
    t.add("DescribeTags", regionTagsCold ? chunks(tgsInRegion) : 0);
    // "update matched (tags, ModifyTargetGroup when health check drifted, attributes)": tags come
    // with the listing's DescribeTags, health checks with DescribeTargetGroups; attributes need one
    // DescribeTargetGroupAttributes per matched target group to see whether they drifted.
    t.add("DescribeTargetGroupAttributes", stack.targetGroups().size());
    // §5 step 5: the LB listing, tags as above; "update = tags, SGs, subnets, IP type,
    // attributes": SGs, subnets and IP type come with DescribeLoadBalancers, attributes need one
    // DescribeLoadBalancerAttributes.
    t.add("DescribeLoadBalancers", pages(lbsInRegion));
    t.add("DescribeTags", regionTagsCold ? chunks(lbsInRegion) : 0);
    t.add("DescribeLoadBalancerAttributes", 1);
    // Capacity reservation, only when the model has one: one DescribeCapacityReservation.
    if (stack.loadBalancer().minimumLoadBalancerCapacity().isPresent()) {
      t.add("DescribeCapacityReservation", 1);
    }
    // §5 step 6: listeners by port, then per matched listener "modified (protocol, default actions,
    // certs, SSL policy, ALPN, mTLS; extra certs via Add/RemoveListenerCertificates; attributes)":
    // one DescribeListenerCertificates per HTTPS listener (the extra certificates are not in
    // DescribeListeners) and one DescribeListenerAttributes per listener.
    t.add("DescribeListeners", 1);
    for (Listener listener : stack.listeners()) {
      if (listener.protocol() == Protocol.HTTPS) {
        t.add("DescribeListenerCertificates", 1);
      }
      t.add("DescribeListenerAttributes", 1);
      // §5 step 7: the rules of each listener, every page (rules plus the default rule).
      t.add("DescribeRules", pages(stack.rulesOf(listener.key()).size() + 1));
    }
    // §5 step 8: TargetGroupBindings are Kubernetes objects (no AWS call); their controller is not
    // triggered when nothing changed (cheaper reading; §4.5 does not describe its resync).
    // §5 step 9: "GetWebACLForResource, then Associate/Disassociate".
    if (stack.loadBalancer().webAclArn().isPresent()) {
      t.add("GetWebACLForResource", 1);
    }
    if (stack.loadBalancer().shieldEnabled().orElse(false)) {
      t.add("GetSubscriptionState", 1);
      t.add("DescribeProtection", 1);
    }
    return t.counts();
  }

  /**
   * DescribeTags calls for the tags of one Gateway's listeners and rules, when they are not cached:
   * the listener synthesizer reads the listeners' tags, the rule synthesizer each listener's rules'
   * tags (gate ListenerRulesTagging, §1.4, §5 step 7), 20 ARNs a call.
   */
  public static int listenerAndRuleTagCalls(ElbStack stack) {
    int calls = chunks(stack.listeners().size());
    for (Listener listener : stack.listeners()) {
      calls += chunks(stack.rulesOf(listener.key()).size());
    }
    return calls;
  }

  /** Pages of a listing of {@code items} (at least one: an empty listing is one call). */
  static int pages(int items) {
    return Math.max(1, (items + PAGE - 1) / PAGE);
  }

  /** DescribeTags calls for {@code arns} ARNs (none for none). */
  static int chunks(int arns) {
    return (arns + TAG_CHUNK - 1) / TAG_CHUNK;
  }

  /** Counts by operation, as they are added. */
  private static final class Tally {
    private final Map<String, Integer> byOperation = new TreeMap<>();

    void add(String operation, int calls) {
      if (calls > 0) {
        byOperation.merge(operation, calls, Integer::sum);
      }
    }

    void add(CallCounts counts) {
      counts.byOperation().forEach(this::add);
    }

    CallCounts counts() {
      return CallCounts.builder().byOperation(byOperation).build();
    }
  }
}
