/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.elb.RedirectActionConfig;
import java.util.Locale;

/**
 * Computes the Location of a redirect action (alb-elbv2.md §2.3): the URI is
 * {@code protocol://hostname:port/path?query}; each component the config leaves out keeps the
 * request's value ("Unmodified components keep their original values"); {@code #{protocol}},
 * {@code #{host}}, {@code #{port}}, {@code #{path}} (the request path without its leading
 * {@code /}) and {@code #{query}} are replaced by the request's values; host and path are not
 * percent-encoded.
 *
 * <p>Assumptions AWS does not document (the reference §2.3 is silent): {@code #{host}} is the Host
 * header without its port and {@code #{port}} the listener port the client connected to (the URI
 * form puts the port in its own component); {@code #{protocol}} is the request scheme, and the
 * Location writes the protocol in lower case; the port is left out of the Location when it is the
 * protocol's default (80 for http, 443 for https), as browsers and ALB answers show; an empty query
 * leaves out the {@code ?}; every keyword is replaced in every component (the API limits which
 * keyword may appear where; that is the validator's business, not the evaluator's).
 */
final class RedirectLocation {

  private RedirectLocation() {}

  /** The Location for {@code request} under {@code config}. */
  static String of(RedirectActionConfig config, HttpRequest request) {
    String protocol =
        replaceKeywords(config.protocol().orElse("#{protocol}"), request).toLowerCase(Locale.ROOT);
    String host = replaceKeywords(config.host().orElse("#{host}"), request);
    String port = replaceKeywords(config.port().orElse("#{port}"), request);
    String path = replaceKeywords(config.path().orElse("/#{path}"), request);
    String query = replaceKeywords(config.query().orElse("#{query}"), request);
    boolean defaultPort =
        (protocol.equals("http") && port.equals("80"))
            || (protocol.equals("https") && port.equals("443"));
    return protocol
        + "://"
        + host
        + (defaultPort ? "" : ":" + port)
        + path
        + (query.isEmpty() ? "" : "?" + query);
  }

  private static String replaceKeywords(String template, HttpRequest request) {
    String path = request.path();
    return template
        .replace("#{protocol}", request.scheme().toLowerCase(Locale.ROOT))
        .replace("#{host}", request.hostName())
        .replace("#{port}", Integer.toString(request.listenerPort()))
        .replace("#{path}", path.startsWith("/") ? path.substring(1) : path)
        .replace("#{query}", request.queryString());
  }
}
