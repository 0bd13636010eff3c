/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * The attributes each kind of ELBv2 resource has and their defaults (alb-elbv2.md §5.4, §6.4,
 * §7.2), and the checks {@code Modify*Attributes} applies: at most 20 attributes per call, only
 * keys the resource has ({@code InvalidConfigurationRequest} otherwise), {@code *.enabled} values
 * {@code true} or {@code false}, durations in whole seconds, logs enabled only with a bucket, and
 * cross-zone load balancing always on for an ALB.
 */
final class ElbAttributes {

  private ElbAttributes() {}

  /** The attributes of a new load balancer of {@code type}, with their defaults. */
  static Map<String, String> loadBalancerDefaults(String type) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("deletion_protection.enabled", "false");
    a.put("load_balancing.cross_zone.enabled", "application".equals(type) ? "true" : "false");
    a.put("access_logs.s3.enabled", "false");
    a.put("access_logs.s3.bucket", "");
    a.put("access_logs.s3.prefix", "");
    a.put("ipv6.deny_all_igw_traffic", "false");
    a.put("zonal_shift.config.enabled", "false");
    if ("application".equals(type)) {
      a.put("idle_timeout.timeout_seconds", "60");
      a.put("client_keep_alive.seconds", "3600");
      a.put("connection_logs.s3.enabled", "false");
      a.put("connection_logs.s3.bucket", "");
      a.put("connection_logs.s3.prefix", "");
      a.put("health_check_logs.s3.enabled", "false");
      a.put("health_check_logs.s3.bucket", "");
      a.put("health_check_logs.s3.prefix", "");
      a.put("routing.http.desync_mitigation_mode", "defensive");
      a.put("routing.http.drop_invalid_header_fields.enabled", "false");
      a.put("routing.http.preserve_host_header.enabled", "false");
      a.put("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "false");
      a.put("routing.http.xff_client_port.enabled", "false");
      a.put("routing.http.xff_header_processing.mode", "append");
      a.put("routing.http2.enabled", "true");
      a.put("waf.fail_open.enabled", "false");
    } else {
      a.put("dns_record.client_routing_policy", "any_availability_zone");
      a.put("secondary_ips.auto_assigned.per_subnet", "0");
    }
    return a;
  }

  /** The attributes of a new target group, with their defaults for its kind. */
  static Map<String, String> targetGroupDefaults(TargetGroup tg) {
    Map<String, String> a = new LinkedHashMap<>();
    String type = tg.targetTypeAsString();
    if ("lambda".equals(type)) {
      a.put("lambda.multi_value_headers.enabled", "false");
      return a;
    }
    String protocol = tg.protocolAsString();
    boolean alb = "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    a.put("deregistration_delay.timeout_seconds", "300");
    a.put("stickiness.enabled", "false");
    a.put("stickiness.type", alb ? "lb_cookie" : "source_ip");
    a.put("load_balancing.cross_zone.enabled", "use_load_balancer_configuration");
    a.put("target_group_health.dns_failover.minimum_healthy_targets.count", "1");
    a.put("target_group_health.dns_failover.minimum_healthy_targets.percentage", "off");
    a.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", "1");
    a.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage", "off");
    if (alb) {
      a.put("stickiness.lb_cookie.duration_seconds", "86400");
      a.put("stickiness.app_cookie.cookie_name", "");
      a.put("stickiness.app_cookie.duration_seconds", "86400");
      a.put("slow_start.duration_seconds", "0");
      a.put("load_balancing.algorithm.type", "round_robin");
      a.put("load_balancing.algorithm.anomaly_mitigation", "off");
    } else {
      a.put("deregistration_delay.connection_termination.enabled", "false");
      // AWS: off for ip targets over TCP or TLS, on otherwise.
      boolean ipOverTcp = "ip".equals(type) && ("TCP".equals(protocol) || "TLS".equals(protocol));
      a.put("preserve_client_ip.enabled", ipOverTcp ? "false" : "true");
      a.put("proxy_protocol_v2.enabled", "false");
      a.put("target_health_state.unhealthy.connection_termination.enabled", "true");
      a.put("target_health_state.unhealthy.draining_interval_seconds", "0");
    }
    return a;
  }

  /** The attributes of a new listener of {@code protocol}, with their defaults. */
  static Map<String, String> listenerDefaults(String protocol) {
    Map<String, String> a = new LinkedHashMap<>();
    if (!"HTTP".equals(protocol) && !"HTTPS".equals(protocol)) {
      a.put("tcp.idle_timeout.seconds", "350");
      return a;
    }
    String request = "routing.http.request.";
    for (String part : List.of("serial_number", "issuer", "subject", "validity", "leaf")) {
      a.put(
          request + "x_amzn_mtls_clientcert_" + part + ".header_name",
          "X-Amzn-Mtls-Clientcert-" + headerCase(part));
    }
    a.put(request + "x_amzn_mtls_clientcert.header_name", "X-Amzn-Mtls-Clientcert");
    a.put(request + "x_amzn_tls_version.header_name", "X-Amzn-Tls-Version");
    a.put(request + "x_amzn_tls_cipher_suite.header_name", "X-Amzn-Tls-Cipher-Suite");
    String response = "routing.http.response.";
    a.put(response + "server.enabled", "true");
    for (String header :
        List.of(
            "strict_transport_security", "access_control_allow_origin",
            "access_control_allow_methods", "access_control_allow_headers",
            "access_control_allow_credentials", "access_control_expose_headers",
            "access_control_max_age", "content_security_policy", "x_content_type_options",
            "x_frame_options")) {
      a.put(response + header + ".header_value", "");
    }
    return a;
  }

  /**
   * Applies {@code changes} (from a request that listed {@code given} attributes) to {@code
   * current}, in place, after checking them all: nothing changes when one is refused.
   */
  static void modify(
      Map<String, String> current, Map<String, String> changes, int given, String resourceType) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    if (given == 0 || given > 20) {
      throw errors.error("ValidationError", "Specify between 1 and 20 attributes");
    }
    for (Map.Entry<String, String> e : changes.entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue();
      if (!current.containsKey(key)) {
        throw errors.error(
            "InvalidConfigurationRequest",
            "Key " + key + " not valid for this " + resourceType);
      }
      if (key.contains("seconds") && !value.matches("[0-9]{1,9}")) {
        throw errors.error(
            "InvalidConfigurationRequest",
            "Value '" + value + "' of attribute '" + key + "' must be a whole number of seconds");
      }
      if (key.endsWith(".enabled") && !value.equals("true") && !value.equals("false")) {
        throw errors.error(
            "InvalidConfigurationRequest",
            "Value '" + value + "' of attribute '" + key + "' must be 'true' or 'false'");
      }
    }
    Map<String, String> next = new LinkedHashMap<>(current);
    changes.forEach((k, v) -> next.put(k, v == null ? "" : v));
    // Cross-zone load balancing is always on for an ALB (the only LB type with an idle timeout).
    if (current.containsKey("idle_timeout.timeout_seconds")
        && "false".equals(next.get("load_balancing.cross_zone.enabled"))) {
      throw errors.error(
          "InvalidConfigurationRequest",
          "Cross-zone load balancing cannot be disabled for Application Load Balancers");
    }
    for (String log : List.of("access_logs", "connection_logs", "health_check_logs")) {
      if ("true".equals(next.get(log + ".s3.enabled")) && next.get(log + ".s3.bucket").isEmpty()) {
        throw errors.error(
            "InvalidConfigurationRequest",
            "The value of '" + log + ".s3.bucket' cannot be empty when '" + log + ".s3.enabled' is true");
      }
    }
    current.putAll(next);
  }

  private static String headerCase(String part) {
    StringBuilder out = new StringBuilder();
    for (String word : part.split("_")) {
      if (out.length() > 0) {
        out.append('-');
      }
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}
