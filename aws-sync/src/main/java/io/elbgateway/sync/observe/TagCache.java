/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.sync.aws.ApiGroup;
import io.elbgateway.sync.aws.AwsCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * The tags of ELBv2 resources by ARN, read with {@code DescribeTags} in batches of 20 (the API's
 * most per call, alb-elbv2.md §3.3) and kept for a while: Describe calls never return tags, and
 * reading them on every sync would cost one call per 20 resources each time. ARNs are never
 * reused, and the tags the engine sets itself are put here as it sets them, so the cache goes stale
 * only when someone else changes a tag. Before the engine changes or deletes a resource it reads
 * that resource's tags afresh ({@link #fresh}), so a stale entry can never make it touch a resource
 * that is no longer its own.
 */
public final class TagCache {

  /** DescribeTags takes at most 20 ARNs. */
  static final int BATCH = 20;

  private final ElasticLoadBalancingV2Client elbv2;
  private final AwsCalls calls;
  private final Duration ttl;
  private final Map<String, Entry> entries = new HashMap<>();

  /** A cache whose entries live for {@code ttl}. */
  public TagCache(ElasticLoadBalancingV2Client elbv2, AwsCalls calls, Duration ttl) {
    this.elbv2 = elbv2;
    this.calls = calls;
    this.ttl = ttl;
  }

  /** The tags of each ARN, from the cache where fresh enough, else read. */
  public synchronized Map<String, Map<String, String>> tags(List<String> arns) {
    Instant now = calls.clock().instant();
    List<String> missing =
        arns.stream()
            .distinct()
            .filter(arn -> !entries.containsKey(arn) || entries.get(arn).readAt.plus(ttl).isBefore(now))
            .collect(Collectors.toList());
    read(missing, now);
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String arn : arns) {
      Entry entry = entries.get(arn);
      out.put(arn, entry == null ? Map.of() : entry.tags);
    }
    return out;
  }

  /** The tags of each ARN read now, whatever the cache holds; the cache is refreshed. */
  public synchronized Map<String, Map<String, String>> fresh(List<String> arns) {
    List<String> distinct = arns.stream().distinct().collect(Collectors.toList());
    read(distinct, calls.clock().instant());
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String arn : distinct) {
      Entry entry = entries.get(arn);
      out.put(arn, entry == null ? Map.of() : entry.tags);
    }
    return out;
  }

  /** Records the tags the engine just set on a resource it created. */
  public synchronized void put(String arn, Map<String, String> tags) {
    entries.put(arn, new Entry(Map.copyOf(tags), calls.clock().instant()));
  }

  /** Forgets a resource (deleted, or its tags changed). */
  public synchronized void forget(String arn) {
    entries.remove(arn);
  }

  private void read(List<String> arns, Instant now) {
    for (int from = 0; from < arns.size(); from += BATCH) {
      List<String> batch = new ArrayList<>(arns.subList(from, Math.min(arns.size(), from + BATCH)));
      List<TagDescription> described =
          calls.call(
              ApiGroup.ELBV2_DESCRIBE,
              "DescribeTags",
              () -> elbv2.describeTags(r -> r.resourceArns(batch)).tagDescriptions());
      for (String arn : batch) {
        entries.remove(arn);
      }
      for (TagDescription description : described) {
        entries.put(
            description.resourceArn(),
            new Entry(
                description.tags().stream()
                    .collect(Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(), (a, b) -> b)),
                now));
      }
    }
  }

  private static final class Entry {
    final Map<String, String> tags;
    final Instant readAt;

    Entry(Map<String, String> tags, Instant readAt) {
      this.tags = tags;
      this.readAt = readAt;
    }
  }
}
