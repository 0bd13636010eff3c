/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.LocationTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.core.traits.Trait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * A hand-made SDK shape with the traits ELBv2 does not use (flattened lists and maps, a custom list
 * member name, a member whose wire names differ from its model name, epoch timestamps, bytes), so the
 * generic (un)marshalling is tested on them too. It is its own builder.
 */
final class TraitsPojo implements SdkPojo, SdkBuilder<TraitsPojo, TraitsPojo> {

  List<String> flatList;
  Map<String, String> flatMap;
  List<String> codes;
  String renamed;
  Instant when;
  Long size;
  Double ratio;
  SdkBytes blob;

  @Override
  public List<SdkField<?>> sdkFields() {
    return List.of(
        field(MarshallingType.LIST, "FlatList", "Flat", p -> p.flatList, (p, v) -> p.flatList = v,
            ListTrait.builder().isFlattened(true).memberFieldInfo(member("Flat")).build()),
        field(MarshallingType.MAP, "FlatMap", "Label", p -> p.flatMap, (p, v) -> p.flatMap = v,
            MapTrait.builder().isFlattened(true).keyLocationName("K").valueLocationName("V")
                .valueFieldInfo(member("V")).build()),
        field(MarshallingType.LIST, "Codes", "Codes", p -> p.codes, (p, v) -> p.codes = v,
            ListTrait.builder().memberFieldInfo(member("code")).build()),
        SdkField.<String>builder(MarshallingType.STRING).memberName("Renamed")
            .getter(o -> ((TraitsPojo) o).renamed).setter((o, v) -> ((TraitsPojo) o).renamed = v)
            .traits(LocationTrait.builder().location(MarshallLocation.PAYLOAD)
                .locationName("RequestName").unmarshallLocationName("ReplyName").build())
            .build(),
        field(MarshallingType.INSTANT, "When", "When", p -> p.when, (p, v) -> p.when = v,
            TimestampFormatTrait.create(TimestampFormatTrait.Format.UNIX_TIMESTAMP)),
        field(MarshallingType.LONG, "Size", "Size", p -> p.size, (p, v) -> p.size = v),
        field(MarshallingType.DOUBLE, "Ratio", "Ratio", p -> p.ratio, (p, v) -> p.ratio = v),
        field(MarshallingType.SDK_BYTES, "Blob", "Blob", p -> p.blob, (p, v) -> p.blob = v));
  }

  @Override
  public TraitsPojo build() {
    return this;
  }

  @SuppressWarnings("unchecked")
  private static <T> SdkField<T> field(MarshallingType<? super T> type, String member, String location,
      Function<TraitsPojo, T> getter, BiConsumer<TraitsPojo, T> setter, Trait... traits) {
    Trait[] all = new Trait[traits.length + 1];
    all[0] = LocationTrait.builder().location(MarshallLocation.PAYLOAD).locationName(location)
        .unmarshallLocationName(location).build();
    System.arraycopy(traits, 0, all, 1, traits.length);
    return SdkField.<T>builder(type).memberName(member)
        .getter(o -> getter.apply((TraitsPojo) o))
        .setter((o, v) -> setter.accept((TraitsPojo) o, (T) v))
        .traits(all)
        .build();
  }

  private static SdkField<String> member(String location) {
    return SdkField.<String>builder(MarshallingType.STRING).memberName(location)
        .traits(LocationTrait.builder().location(MarshallLocation.PAYLOAD).locationName(location)
            .unmarshallLocationName(location).build())
        .build();
  }
}
