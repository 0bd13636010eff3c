/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PriorityInUseException;

class AwsCallsTest {

  /** A clock that only moves when the sleeper sleeps. */
  private static final class VirtualTime {
    Instant now = Instant.parse("2026-11-26T00:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    Clock clock() {
      return new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
    }

    Sleeper sleeper() {
      return d -> {
        sleeps.add(d);
        now = now.plus(d);
      };
    }
  }

  private static ElasticLoadBalancingV2Exception error(String code, int status) {
    return (ElasticLoadBalancingV2Exception)
        ElasticLoadBalancingV2Exception.builder()
            .statusCode(status)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " happened").build())
            .build();
  }

  @Test
  void throttlingAndServerErrorsAreRetriedWithBoundedJitteredBackoff() {
    VirtualTime time = new VirtualTime();
    AwsCalls calls = new AwsCalls(RetryPolicy.defaults(), RateLimits.none(), time.clock(), time.sleeper(), new Random(7));
    AtomicInteger attempts = new AtomicInteger();
    String result =
        calls.call(ApiGroup.ELBV2_CHANGE, "CreateRule", () -> {
          int n = attempts.incrementAndGet();
          if (n == 1) {
            throw error("ThrottlingException", 400);
          }
          if (n == 2) {
            throw error("InternalFailure", 500);
          }
          if (n == 3) {
            throw SdkClientException.create("connection reset");
          }
          return "ok";
        });
    assertThat(result).isEqualTo("ok");
    assertThat(calls.counts().byOperation()).containsEntry("CreateRule", 4);
    assertThat(calls.counts().retries()).isEqualTo(3);
    assertThat(time.sleeps).hasSize(3);
    // Full jitter: each wait lies between zero and the doubling cap (200, 400, 800 ms).
    assertThat(time.sleeps.get(0)).isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(time.sleeps.get(1)).isLessThanOrEqualTo(Duration.ofMillis(400));
    assertThat(time.sleeps.get(2)).isLessThanOrEqualTo(Duration.ofMillis(800));
  }

  @Test
  void errorsThatWillNotPassAreThrownAtOnce() {
    VirtualTime time = new VirtualTime();
    AwsCalls calls = new AwsCalls(RetryPolicy.defaults(), RateLimits.none(), time.clock(), time.sleeper(), new Random(7));
    assertThatThrownBy(
            () ->
                calls.call(ApiGroup.ELBV2_CHANGE, "CreateRule", () -> {
                  throw PriorityInUseException.builder()
                      .statusCode(400)
                      .awsErrorDetails(AwsErrorDetails.builder().errorCode("PriorityInUse").build())
                      .build();
                }))
        .isInstanceOf(PriorityInUseException.class);
    assertThat(calls.counts().byOperation()).containsEntry("CreateRule", 1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void attemptsRunOutAndTheLastErrorIsThrown() {
    VirtualTime time = new VirtualTime();
    RetryPolicy three = RetryPolicy.builder().maxAttempts(3).build();
    AwsCalls calls = new AwsCalls(three, RateLimits.none(), time.clock(), time.sleeper(), new Random(7));
    assertThatThrownBy(() -> calls.call(ApiGroup.ELBV2_DESCRIBE, "DescribeRules", () -> {
          throw error("Throttling", 400);
        }))
        .isInstanceOf(ElasticLoadBalancingV2Exception.class);
    assertThat(calls.counts().byOperation()).containsEntry("DescribeRules", 3);
  }

  @Test
  void theRateLimitSpacesCallsOnceTheBurstIsSpent() {
    VirtualTime time = new VirtualTime();
    RateLimits limits = RateLimits.builder().putRate(ApiGroup.ELBV2_CHANGE, Rate.of(2, 3)).build();
    AwsCalls calls = new AwsCalls(RetryPolicy.defaults(), limits, time.clock(), time.sleeper(), new Random(7));
    Instant start = time.now;
    for (int i = 0; i < 7; i++) {
      calls.call(ApiGroup.ELBV2_CHANGE, "ModifyRule", () -> "ok");
    }
    // 3 calls from the burst, then 4 more at 2 per second: 2 seconds.
    assertThat(Duration.between(start, time.now)).isEqualTo(Duration.ofSeconds(2));
    // Another group is not held up.
    Instant before = time.now;
    calls.call(ApiGroup.ELBV2_DESCRIBE, "DescribeRules", () -> "ok");
    assertThat(time.now).isEqualTo(before);
  }

  @Test
  void errorsCarryTheirCodeAndAHint() {
    assertThat(AwsErrors.code(error("TooManyRules", 400))).contains("TooManyRules");
    assertThat(AwsErrors.hint(error("TooManyRules", 400)).orElseThrow()).contains("rules quota");
    assertThat(AwsErrors.transientError(error("TooManyRules", 400))).isFalse();
    assertThat(AwsErrors.transientError(error("PriorRequestNotComplete", 429))).isTrue();
    assertThat(AwsErrors.transientError(error("Throttling", 400))).isTrue();
  }
}
