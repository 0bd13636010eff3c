/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import io.elbgateway.model.TestManifests;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.BackendObjectReference;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.status.ConditionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HTTPRouteTest {

  @Test
  void seedWalkThroughRouteReadsFromV1beta1AndRoundTrips() {
    HTTPRoute route = read("routes/httproute-seed.yaml", HTTPRoute.class);

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(route.kind()).isEqualTo("HTTPRoute");
    assertThat(route.key().display()).isEqualTo("HTTPRoute my-web/my-web");
    assertThat(route.parentRefs())
        .extracting(ParentReference::sectionName)
        .containsExactly(Optional.of("http"), Optional.of("https"));
    assertThat(route.parentRefs().get(0).group()).isEqualTo("gateway.networking.k8s.io");
    assertThat(route.parentRefs().get(0).kind()).isEqualTo("Gateway");
    assertThat(route.hostnames()).containsExactly("www.example.com");
    HTTPRouteRule metrics = route.spec().rules().get(0);
    assertThat(metrics.matches().get(0).path().value()).isEqualTo("/metrics");
    assertThat(metrics.filters().get(0).type()).isEqualTo(HTTPRouteFilterType.EXTENSION_REF);
    assertThat(metrics.filters().get(0).extensionRef().orElseThrow().kind())
        .isEqualTo("ListenerRuleConfiguration");
    assertThat(metrics.backendRefs()).isEmpty();
    HTTPBackendRef web = route.spec().rules().get(1).backendRefs().get(0);
    assertThat(web.reference())
        .isEqualTo(BackendObjectReference.builder().name("my-web").port(80).build());
    assertThat(web.weight()).isEqualTo(1);
    assertThat(route.status()).isEmpty();

    String yaml = assertRoundTrip(route, HTTPRoute.class);
    assertThat(yaml).contains("apiVersion: gateway.networking.k8s.io/v1beta1");
  }

  @Test
  void v1beta1AndV1ReadIntoTheSameValueApartFromApiVersion() {
    String v1beta1 = TestManifests.text("routes/httproute-seed.yaml");
    HTTPRoute beta = ModelMappers.yaml().readValue(v1beta1, HTTPRoute.class);
    HTTPRoute v1 =
        ModelMappers.yaml()
            .readValue(
                v1beta1.replace(
                    "gateway.networking.k8s.io/v1beta1", "gateway.networking.k8s.io/v1"),
                HTTPRoute.class);

    assertThat(ImmutableHTTPRoute.copyOf(beta).withApiVersion(v1.apiVersion())).isEqualTo(v1);
    assertThat(GatewayApiKinds.HTTP_ROUTE.servesApiVersion(beta.apiVersion())).isTrue();
    assertThat(GatewayApiKinds.HTTP_ROUTE.preferredApiVersion()).isEqualTo(v1.apiVersion());
  }

  @Test
  void headerQueryAndMethodMatchesRead() {
    HTTPRoute route = read("routes/httproute-matching.yaml", HTTPRoute.class);

    HTTPRouteMatch canary = route.spec().rules().get(0).matches().get(0);
    assertThat(canary.path()).isEqualTo(HTTPPathMatch.builder().build());
    assertThat(canary.headers())
        .containsExactly(
            HTTPHeaderMatch.builder()
                .type(HTTPHeaderMatchType.EXACT)
                .name("env")
                .value("canary")
                .build());
    HTTPRouteMatch search = route.spec().rules().get(1).matches().get(0);
    assertThat(search.path().type()).isEqualTo(HTTPPathMatchType.EXACT);
    assertThat(search.method()).contains(HTTPMethod.GET);
    assertThat(search.queryParams()).hasSize(2);
    assertThat(search.queryParams().get(0).type()).isEqualTo(HTTPQueryParamMatchType.EXACT);
    assertThat(search.queryParams().get(1).type())
        .isEqualTo(HTTPQueryParamMatchType.REGULAR_EXPRESSION);
    HTTPRouteMatch items = route.spec().rules().get(1).matches().get(1);
    assertThat(items.path().type()).isEqualTo(HTTPPathMatchType.REGULAR_EXPRESSION);
    assertThat(items.method()).contains(HTTPMethod.POST);

    String yaml = assertRoundTrip(route, HTTPRoute.class);
    assertThat(yaml).contains("type: RegularExpression").contains("method: POST");
  }

  @Test
  void redirectAndRewriteFiltersRead() {
    HTTPRoute route = read("routes/httproute-redirect-rewrite.yaml", HTTPRoute.class);

    HTTPRouteRule toHttps = route.spec().rules().get(0);
    assertThat(toHttps.name()).contains("to-https");
    assertThat(toHttps.matches()).containsExactly(HTTPRouteMatch.builder().build());
    HTTPRequestRedirectFilter redirect = toHttps.filters().get(0).requestRedirect().orElseThrow();
    assertThat(redirect.scheme()).contains(HTTPRedirectScheme.HTTPS);
    assertThat(redirect.statusCode()).isEqualTo(301);
    HTTPRequestRedirectFilter prefix =
        route.spec().rules().get(1).filters().get(0).requestRedirect().orElseThrow();
    assertThat(prefix.statusCode()).isEqualTo(302);
    assertThat(prefix.port()).contains(8443);
    assertThat(prefix.path().orElseThrow().type())
        .isEqualTo(HTTPPathModifierType.REPLACE_PREFIX_MATCH);
    assertThat(prefix.path().orElseThrow().replacePrefixMatch()).contains("/paprika");
    HTTPURLRewriteFilter rewrite =
        route.spec().rules().get(2).filters().get(0).urlRewrite().orElseThrow();
    assertThat(rewrite.hostname()).contains("elsewhere.example");
    assertThat(rewrite.path().orElseThrow().replacePrefixMatch()).contains("/fennel");

    String yaml = assertRoundTrip(route, HTTPRoute.class);
    assertThat(yaml).contains("scheme: https").contains("type: URLRewrite");
  }

  @Test
  void weightsAndCrossNamespaceBackendsRead() {
    HTTPRoute route = read("routes/httproute-canary.yaml", HTTPRoute.class);

    assertThat(route.spec().rules().get(0).backendRefs())
        .extracting(BackendRef::name, BackendRef::weight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("foo-v1", 90),
            org.assertj.core.groups.Tuple.tuple("foo-v2", 10));
    List<HTTPBackendRef> second = route.spec().rules().get(1).backendRefs();
    assertThat(second.get(0).weight()).isZero();
    assertThat(second.get(0).targetsService()).isTrue();
    assertThat(second.get(1).targetsService()).isFalse();
    assertThat(second.get(1).weight()).isEqualTo(1);
    assertThat(second.get(1).reference())
        .isEqualTo(
            BackendObjectReference.builder()
                .group("multicluster.x-k8s.io")
                .kind("ServiceImport")
                .name("foo-v2-remote")
                .namespace("other")
                .port(8080)
                .build());

    String yaml = assertRoundTrip(route, HTTPRoute.class);
    assertThat(yaml).contains("weight: 0");
  }

  @Test
  void experimentalFieldsRead() {
    HTTPRoute route = read("routes/httproute-experimental.yaml", HTTPRoute.class);

    assertThat(route.spec().useDefaultGateways()).contains(GatewayDefaultScope.ALL);
    assertThat(route.parentRefs().get(0).port()).contains(443);
    HTTPRouteRule api = route.spec().rules().get(0);
    HTTPCORSFilter cors = api.filters().get(0).cors().orElseThrow();
    assertThat(cors.allowOrigins())
        .containsExactly("https://app.example.com", "https://*.example.org");
    assertThat(cors.allowCredentials()).contains(true);
    assertThat(cors.allowMethods())
        .containsExactly(
            HTTPMethodWithWildcard.GET, HTTPMethodWithWildcard.POST, HTTPMethodWithWildcard.PUT);
    assertThat(cors.maxAge()).isEqualTo(600);
    HTTPHeaderFilter headers = api.filters().get(1).requestHeaderModifier().orElseThrow();
    assertThat(headers.set()).containsExactly(HTTPHeader.of("X-Forwarded-Prefix", "/api"));
    assertThat(headers.add()).containsExactly(HTTPHeader.of("X-Tenant", "shop"));
    assertThat(headers.remove()).containsExactly("X-Debug");
    HTTPRequestMirrorFilter shadow = api.filters().get(3).requestMirror().orElseThrow();
    assertThat(shadow.fraction().orElseThrow().numerator()).isEqualTo(5);
    assertThat(shadow.fraction().orElseThrow().denominator()).isEqualTo(100);
    assertThat(api.filters().get(4).requestMirror().orElseThrow().percent()).contains(10);
    assertThat(api.backendRefs().get(0).filters().get(0).type())
        .isEqualTo(HTTPRouteFilterType.REQUEST_HEADER_MODIFIER);
    assertThat(api.timeouts().orElseThrow().requestDuration()).contains(Duration.ofSeconds(10));
    assertThat(api.timeouts().orElseThrow().backendRequestDuration())
        .contains(Duration.ofSeconds(2));
    HTTPRouteRetry retry = api.retry().orElseThrow();
    assertThat(retry.codes()).containsExactly(500, 502, 503);
    assertThat(retry.attempts()).contains(2);
    assertThat(retry.backoff()).contains("100ms");
    SessionPersistence session = api.sessionPersistence().orElseThrow();
    assertThat(session.type()).isEqualTo(SessionPersistenceType.COOKIE);
    assertThat(session.cookieConfig().orElseThrow().lifetimeType())
        .isEqualTo(CookieLifetimeType.PERMANENT);
    assertThat(session.absoluteTimeout()).contains("1h");

    HTTPRouteRule auth = route.spec().rules().get(1);
    assertThat(auth.matches().get(0).path().type()).isEqualTo(HTTPPathMatchType.PATH_PREFIX);
    HTTPExternalAuthFilter externalAuth = auth.filters().get(0).externalAuth().orElseThrow();
    assertThat(externalAuth.protocol()).isEqualTo(HTTPRouteExternalAuthProtocol.HTTP);
    assertThat(externalAuth.backendRef().port()).contains(9000);
    assertThat(externalAuth.http().orElseThrow().path()).contains("/check");
    assertThat(externalAuth.http().orElseThrow().allowedResponseHeaders())
        .containsExactly("X-User");
    assertThat(externalAuth.forwardBody().orElseThrow().maxSize()).contains(4096);
    assertThat(auth.sessionPersistence().orElseThrow().type())
        .isEqualTo(SessionPersistenceType.HEADER);

    assertThat(route.status().orElseThrow().parents().get(0).conditions().get(0).status())
        .isEqualTo(ConditionStatus.TRUE);
    assertThat(route.metadata().generation()).contains(3L);

    String yaml = assertRoundTrip(route, HTTPRoute.class);
    assertThat(yaml).contains("useDefaultGateways: All").contains("lifetimeType: Permanent");
  }

  @Test
  void crdDefaultsApplyWhereTheManifestLeavesFieldsOut() {
    HTTPRoute route = read("routes/httproute-defaults.yaml", HTTPRoute.class);

    HTTPRouteRule first = route.spec().rules().get(0);
    HTTPRouteMatch headerOnly = first.matches().get(0);
    assertThat(headerOnly.path().type()).isEqualTo(HTTPPathMatchType.PATH_PREFIX);
    assertThat(headerOnly.path().value()).isEqualTo("/");
    assertThat(headerOnly.headers().get(0).type()).isEqualTo(HTTPHeaderMatchType.EXACT);
    HTTPPathMatch valueOnly = first.matches().get(1).path();
    assertThat(valueOnly.type()).isEqualTo(HTTPPathMatchType.PATH_PREFIX);
    assertThat(valueOnly.value()).isEqualTo("/only-value");
    assertThat(first.filters().get(0).requestRedirect().orElseThrow().statusCode()).isEqualTo(302);

    HTTPRouteRule second = route.spec().rules().get(1);
    assertThat(second.matches())
        .containsExactly(
            HTTPRouteMatch.builder()
                .path(
                    HTTPPathMatch.builder().type(HTTPPathMatchType.PATH_PREFIX).value("/").build())
                .build());
    assertThat(second.backendRefs().get(0).weight()).isEqualTo(1);
    assertThat(second.backendRefs().get(0).group()).isEmpty();
    assertThat(second.backendRefs().get(0).kind()).isEqualTo("Service");
    assertThat(
            second
                .filters()
                .get(0)
                .requestMirror()
                .orElseThrow()
                .fraction()
                .orElseThrow()
                .denominator())
        .isEqualTo(100);

    SessionPersistence session = route.spec().rules().get(2).sessionPersistence().orElseThrow();
    assertThat(session.type()).isEqualTo(SessionPersistenceType.COOKIE);
    assertThat(session.cookieConfig().orElseThrow().lifetimeType())
        .isEqualTo(CookieLifetimeType.SESSION);

    assertThat(route.metadata().annotations()).containsEntry("example.com/note", "kept");
    String yaml = assertRoundTrip(route, HTTPRoute.class);
    assertThat(yaml).doesNotContain("future").doesNotContain("managedFields");
    assertThat(yaml).contains("statusCode: 302").contains("weight: 1");
  }

  @Test
  void aRouteWithoutRulesGetsTheApiServersCatchAllRule() {
    HTTPRoute route = read("routes/httproute-no-rules.yaml", HTTPRoute.class);

    assertThat(route.spec().rules()).hasSize(1);
    HTTPRouteRule rule = route.spec().rules().get(0);
    assertThat(rule.matches()).hasSize(1);
    assertThat(rule.matches().get(0).path().type()).isEqualTo(HTTPPathMatchType.PATH_PREFIX);
    assertThat(rule.matches().get(0).path().value()).isEqualTo("/");
    assertThat(rule.backendRefs()).isEmpty();
    assertRoundTrip(route, HTTPRoute.class);
  }

  @Test
  void builtRouteHasNewestApiVersionAndDefaults() {
    HTTPRoute route =
        HTTPRoute.builder()
            .metadata(ObjectMeta.of("ns", "r"))
            .spec(
                HTTPRouteSpec.builder()
                    .addParentRef(ParentReference.builder().name("gw").build())
                    .build())
            .build();

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(route.kind()).isEqualTo("HTTPRoute");
    assertThat(route.spec().rules().get(0).matches().get(0).path().value()).isEqualTo("/");
    Route asRoute = route;
    assertThat(asRoute.parentRefs()).hasSize(1);
    assertThat(asRoute.spec().rules().get(0).backendRefs()).isEmpty();
  }

  @Test
  void derivedViewsAreNotWritten() {
    HTTPRoute route = read("routes/httproute-experimental.yaml", HTTPRoute.class);

    String json = ModelMappers.json().writeValueAsString(route);

    assertThat(json)
        .doesNotContain("\"service\"")
        .doesNotContain("\"reference\"")
        .doesNotContain("requestDuration")
        .doesNotContain("backendRequestDuration");
    assertThat(json.indexOf("\"parentRefs\"")).isEqualTo(json.lastIndexOf("\"parentRefs\""));
    assertThat(json.indexOf("\"hostnames\"")).isEqualTo(json.lastIndexOf("\"hostnames\""));
  }

  @Test
  void gatewayDurationsParse() {
    assertThat(HTTPRouteTimeouts.parseDuration("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(HTTPRouteTimeouts.parseDuration("1s500ms")).contains(Duration.ofMillis(1500));
    assertThat(HTTPRouteTimeouts.parseDuration("0s")).contains(Duration.ZERO);
    assertThat(HTTPRouteTimeouts.parseDuration("1.5s")).isEmpty();
    assertThat(HTTPRouteTimeouts.parseDuration("1d")).isEmpty();
  }
}
