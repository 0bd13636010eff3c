/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import java.io.StringWriter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Writes the XML replies of the AWS Query protocol, driven only by the SDK's marshalling metadata:
 * the inverse of the SDK's {@code QueryProtocolUnmarshaller}.
 *
 * <p>A member is written under its {@code unmarshallLocationName()} (the name the SDK reads), a list
 * as {@code <Name><member>..</member></Name>} (flattened: {@code <Name>} repeated), a map as {@code
 * <Name><entry><key>..</key><value>..</value></entry></Name>} with the names of its {@code MapTrait}.
 * A list or map the delegate left unset (the SDK's auto-construct placeholder) is not written, so the
 * client sees it unset too; one set to empty is written as {@code <Name/>}, which the SDK reads as an
 * empty list that is set.
 */
final class XmlReplyWriter {

  /** The XML namespace of every ELBv2 reply. */
  static final String NAMESPACE = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private XmlReplyWriter() {}

  /** The reply {@code <ActionResponse><ActionResult>..</ActionResult><ResponseMetadata>..}. */
  static String success(String action, SdkPojo response, String requestId) {
    return write(w -> {
      w.writeStartElement(action + "Response");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeStartElement(action + "Result");
      members(w, response);
      w.writeEndElement();
      w.writeStartElement("ResponseMetadata");
      text(w, "RequestId", requestId);
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  /** The error reply {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>}. */
  static String error(ErrorReply error, String requestId) {
    return write(w -> {
      w.writeStartElement("ErrorResponse");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeStartElement("Error");
      text(w, "Type", error.type());
      text(w, "Code", error.code());
      text(w, "Message", error.message());
      w.writeEndElement();
      text(w, "RequestId", requestId);
      w.writeEndElement();
    });
  }

  private static void members(XMLStreamWriter w, Object pojo) throws XMLStreamException {
    for (SdkField<?> field : ((SdkPojo) pojo).sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
        continue;
      }
      value(w, field.unmarshallLocationName(), field, value);
    }
  }

  private static void value(XMLStreamWriter w, String name, SdkField<?> field, Object value)
      throws XMLStreamException {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.SDK_POJO) {
      w.writeStartElement(name);
      members(w, value);
      w.writeEndElement();
    } else if (type == MarshallingType.LIST) {
      list(w, name, field.getTrait(ListTrait.class), (List<?>) value);
    } else if (type == MarshallingType.MAP) {
      map(w, name, field.getTrait(MapTrait.class), (Map<?, ?>) value);
    } else {
      text(w, name, scalar(field, value));
    }
  }

  private static void list(XMLStreamWriter w, String name, ListTrait trait, List<?> values)
      throws XMLStreamException {
    SdkField<?> member = trait.memberFieldInfo();
    if (trait.isFlattened()) {
      for (Object element : values) {
        value(w, name, member, element);
      }
      return;
    }
    // The SDK reads every child of the list element whatever its name; write the model's name.
    String memberName = member.unmarshallLocationName() != null ? member.unmarshallLocationName()
        : trait.memberLocationName() != null ? trait.memberLocationName() : "member";
    w.writeStartElement(name);
    for (Object element : values) {
      value(w, memberName, member, element);
    }
    w.writeEndElement();
  }

  private static void map(XMLStreamWriter w, String name, MapTrait trait, Map<?, ?> values)
      throws XMLStreamException {
    if (!trait.isFlattened()) {
      w.writeStartElement(name);
    }
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      w.writeStartElement(trait.isFlattened() ? name : "entry");
      text(w, trait.keyLocationName(), String.valueOf(entry.getKey()));
      value(w, trait.valueLocationName(), trait.valueFieldInfo(), entry.getValue());
      w.writeEndElement();
    }
    if (!trait.isFlattened()) {
      w.writeEndElement();
    }
  }

  private static String scalar(SdkField<?> field, Object value) {
    if (value instanceof java.time.Instant) {
      return Timestamps.format((java.time.Instant) value, QueryRequestReader.format(field));
    }
    if (value instanceof SdkBytes) {
      return Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray());
    }
    // Strings (enums included: SdkField getters return the wire string), numbers, booleans.
    return value.toString();
  }

  private static void text(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write an XML reply", e);
    }
    return out.toString();
  }
}
