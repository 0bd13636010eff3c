package io.elbgateway.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecksTest {

  private static final ObjectKey ROUTE = ObjectKey.of("gateway.networking.k8s.io", "HTTPRoute", "my-web", "my-web");

  private final Checks checks = Checks.forObject(ROUTE);

  private List<String> rendered() {
    return checks.violations().stream().map(Violation::render).toList();
  }

  @Test
  void reportsAtTheFieldItStandsOn() {
    checks.at("spec").at("rules", 0).at("matches", 1).at("path").format("value", "api", Format.of("path", "^/.*", 1, 1024));
    assertThat(rendered())
        .containsExactly("HTTPRoute my-web/my-web .spec.rules[0].matches[1].path.value: \"api\" is not a valid path");
  }

  @Test
  void countsItems() {
    assertThat(checks.items("hostnames", List.of("a", "b"), 0, 1)).isFalse();
    assertThat(checks.items("listeners", List.of(), 1, 64)).isFalse();
    assertThat(checks.items("rules", List.of(1), 0, 16)).isTrue();
    assertThat(rendered())
        .containsExactly(
            "HTTPRoute my-web/my-web .hostnames: must have at most 1 items (has 2)",
            "HTTPRoute my-web/my-web .listeners: must have at least 1 item");
  }

  @Test
  void checksLengthsAndRanges() {
    assertThat(checks.length("description", "x".repeat(65), 0, 64)).isFalse();
    assertThat(checks.length("name", "", 1, 253)).isFalse();
    assertThat(checks.range("port", 0, 1, 65535)).isFalse();
    assertThat(checks.range("port", 443, 1, 65535)).isTrue();
    assertThat(rendered())
        .containsExactly(
            "HTTPRoute my-web/my-web .description: must have at most 64 characters (has 65)",
            "HTTPRoute my-web/my-web .name: must not be empty",
            "HTTPRoute my-web/my-web .port: must be between 1 and 65535 (is 0)");
  }

  @Test
  void reportsEachRepeatAtItsOwnIndex() {
    assertThat(checks.unique("listeners", List.of("http", "https", "http"), s -> s, "name")).isFalse();
    assertThat(rendered()).containsExactly("HTTPRoute my-web/my-web .listeners[2]: duplicate name http");
  }

  @Test
  void walksListsAndOptionals() {
    checks.each("hostnames", List.of("ok.example.com", "Bad.example.com"), (c, h) -> c.format(h, Formats.HOSTNAME));
    checks.ifPresent("port", Optional.of(70000), (c, p) -> c.range(p, 1, 65535));
    checks.ifPresent("sectionName", Optional.empty(), (c, s) -> c.error("never"));
    assertThat(rendered())
        .containsExactly(
            "HTTPRoute my-web/my-web .hostnames[1]: \"Bad.example.com\" is not a valid hostname",
            "HTTPRoute my-web/my-web .port: must be between 1 and 65535 (is 70000)");
  }

  @Test
  void mutuallyExclusiveFields() {
    Map<String, Boolean> set = new LinkedHashMap<>();
    set.put("caCertificateRefs", true);
    set.put("wellKnownCACertificates", true);
    assertThat(checks.at("validation").atMostOneOf(set)).isFalse();
    assertThat(rendered()).hasSize(1).first().asString().contains(".validation: only one of");
  }

  @Test
  void warningsAreKeptApartFromErrors() {
    checks.at("spec").warning("looks odd");
    assertThat(checks.violations()).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARNING);
  }
}
