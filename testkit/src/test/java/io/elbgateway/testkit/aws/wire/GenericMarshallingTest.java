/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.traits.TimestampFormatTrait.Format;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;

/**
 * The generic reader and writer on the traits ELBv2's own shapes do not exercise, and the decoding of
 * form bodies and timestamps.
 */
class GenericMarshallingTest {

  private static Map<String, List<String>> params(String... nameValue) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      out.put(nameValue[i], List.of(nameValue[i + 1]));
    }
    return out;
  }

  @Test
  void readsFlattenedListsAndMapsCustomMemberNamesAndWireNames() {
    TraitsPojo read = (TraitsPojo) QueryRequestReader.read(new TraitsPojo(), params(
        "Flat.1", "a", "Flat.2", "b",
        "Label.1.K", "team", "Label.1.V", "web",
        "Codes.code.1", "200", "Codes.code.2", "204",
        "RequestName", "x",
        "When", "1795766400.5",
        "Size", "9000000000",
        "Ratio", "0.25",
        "Blob", "aGk="));

    assertThat(read.flatList).containsExactly("a", "b");
    assertThat(read.flatMap).containsExactly(Map.entry("team", "web"));
    assertThat(read.codes).containsExactly("200", "204");
    assertThat(read.renamed).isEqualTo("x");
    assertThat(read.when).isEqualTo(Instant.ofEpochMilli(1795766400500L));
    assertThat(read.size).isEqualTo(9_000_000_000L);
    assertThat(read.ratio).isEqualTo(0.25);
    assertThat(read.blob.asString(StandardCharsets.UTF_8)).isEqualTo("hi");
  }

  @Test
  void writesFlattenedListsAndMapsCustomMemberNamesAndReplyNames() {
    TraitsPojo pojo = new TraitsPojo();
    pojo.flatList = List.of("a", "b");
    pojo.flatMap = Map.of("team", "web");
    pojo.codes = List.of("200");
    pojo.renamed = "x";
    pojo.when = Instant.ofEpochMilli(1795766400500L);
    pojo.blob = SdkBytes.fromUtf8String("hi");

    String xml = XmlReplyWriter.success("Test", pojo, "r");

    assertThat(xml).contains("<TestResult><Flat>a</Flat><Flat>b</Flat>"
        + "<Label><K>team</K><V>web</V></Label>"
        + "<Codes><code>200</code></Codes>"
        + "<ReplyName>x</ReplyName>"
        + "<When>1795766400.5</When>"
        + "<Blob>aGk=</Blob></TestResult>");
  }

  @Test
  void aRepeatedScalarParameterIsRefused() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("ListenerArn", List.of("a", "b"));

    assertThatThrownBy(() -> QueryRequestReader.read(CreateRuleRequest.builder(), params))
        .isInstanceOf(WireFormatException.class).hasMessageContaining("ListenerArn was sent 2 times");
  }

  @Test
  void aValueOfTheWrongShapeIsRefused() {
    assertThatThrownBy(() -> QueryRequestReader.read(new TraitsPojo(), params("Codes", "x")))
        .isInstanceOf(WireFormatException.class).hasMessageContaining("Codes is a list");
    assertThatThrownBy(() -> QueryRequestReader.read(
            software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest.builder(),
            params("ResetTransforms", "yes")))
        .isInstanceOf(WireFormatException.class).hasMessageContaining("must be true or false");
  }

  @Test
  void formBodiesDecodePercentEscapesKeepRepeatsAndReadABareNameAsEmpty() {
    Map<String, List<String>> decoded = FormParameters.decode(
        "Action=CreateRule&Conditions.member.1.Values.member.1=%2Fapi%2F%2A%20x%2B&Tags&Tags=&a=1", "a=2");

    assertThat(decoded).containsExactly(
        Map.entry("Action", List.of("CreateRule")),
        Map.entry("Conditions.member.1.Values.member.1", List.of("/api/* x+")),
        Map.entry("Tags", List.of("", "")),
        Map.entry("a", List.of("1", "2")));
  }

  @Test
  void timestampsRoundTripInEveryFormat() {
    Instant instant = Instant.parse("2026-11-26T08:00:00.123Z");
    for (Format format : Format.values()) {
      assertThat(Timestamps.parse(Timestamps.format(instant, format), format))
          .as(format.name())
          .isEqualTo(format == Format.RFC_822 ? Instant.parse("2026-11-26T08:00:00Z") : instant);
    }
    assertThat(Timestamps.format(instant, Format.ISO_8601)).isEqualTo("2026-11-26T08:00:00.123Z");
    assertThat(Timestamps.format(instant, Format.RFC_822)).isEqualTo("Thu, 26 Nov 2026 08:00:00 GMT");
    assertThat(Timestamps.format(instant, Format.UNIX_TIMESTAMP)).isEqualTo("1795680000.123");
    assertThat(Timestamps.format(instant, Format.UNIX_TIMESTAMP_MILLIS)).isEqualTo("1795680000123");
    assertThat(Timestamps.parse("2026-11-26T17:00:00+09:00", Format.ISO_8601))
        .isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
  }

  @Test
  void errorCodesComeFromDetailsElseTheTypedExceptionsName() {
    assertThat(ErrorReply.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupNotFoundException
            .builder().message("gone").build()))
        .isEqualTo(new ErrorReply(400, "TargetGroupNotFound", "gone"));
    assertThat(ErrorReply.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception
            .builder().message("?").statusCode(503).build()))
        .isEqualTo(new ErrorReply(503, "InternalFailure", "?"));
    assertThat(new ErrorReply(503, "InternalFailure", "?").type()).isEqualTo("Receiver");
    assertThat(new ErrorReply(400, "PriorityInUse", "?").type()).isEqualTo("Sender");
  }
}
