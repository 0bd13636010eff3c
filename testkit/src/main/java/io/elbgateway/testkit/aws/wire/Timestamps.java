/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;

/**
 * Timestamps as the Query protocol writes them. ELBv2 declares no format, so ISO-8601 applies
 * ({@code 2026-11-26T08:00:00.123Z}, what AWS sends for {@code CreatedTime}); the other formats of
 * {@link TimestampFormatTrait.Format} are honoured for a field that names one.
 */
final class Timestamps {

  private Timestamps() {}

  /**
   * {@code instant} in {@code format}. ISO-8601 keeps every digit the instant has: an instant in
   * milliseconds reads like AWS's {@code 2026-11-26T08:00:00.123Z}, and a finer one (a delegate's
   * {@code Instant.now()} has microseconds) still reaches the client unchanged, since the SDK's
   * parser reads up to nanoseconds.
   */
  static String format(Instant instant, TimestampFormatTrait.Format format) {
    switch (format) {
      case RFC_822:
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
      case UNIX_TIMESTAMP:
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).stripTrailingZeros()
            .toPlainString();
      case UNIX_TIMESTAMP_MILLIS:
        return Long.toString(instant.toEpochMilli());
      case ISO_8601:
      default:
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
  }

  /** The instant {@code text} stands for in {@code format}. */
  static Instant parse(String text, TimestampFormatTrait.Format format) {
    switch (format) {
      case RFC_822:
        return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      case UNIX_TIMESTAMP:
        BigDecimal seconds = new BigDecimal(text);
        return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
      case UNIX_TIMESTAMP_MILLIS:
        return Instant.ofEpochMilli(Long.parseLong(text));
      case ISO_8601:
      default:
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
  }
}
