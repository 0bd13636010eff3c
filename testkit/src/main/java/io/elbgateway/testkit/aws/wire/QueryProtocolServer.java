/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * A local HTTP server that speaks the ELBv2 AWS Query protocol (API version {@value #API_VERSION})
 * and serves every request from a delegate {@link ElasticLoadBalancingV2Client}, so that the real SDK
 * client, built with {@code endpointOverride(server.endpoint())}, can be tested end to end against an
 * in-memory AWS: its marshalling, signing, XML parsing, error mapping and retries all run.
 *
 * <p>For each request it decodes the form body ({@code Action=CreateRule&Version=2015-12-01&
 * Conditions.member.1.Field=...}), builds the operation's SDK request object from the SDK's own
 * marshalling metadata, calls the delegate's method for that operation, and writes the response
 * object as {@code <CreateRuleResponse xmlns="..."><CreateRuleResult>..</CreateRuleResult>
 * <ResponseMetadata><RequestId>..</RequestId></ResponseMetadata></CreateRuleResponse>}. Replies:
 *
 * <ul>
 *   <li>an {@link AwsServiceException} from the delegate: an {@code <ErrorResponse>} with the
 *       exception's status, error code and message, which the SDK turns back into the typed
 *       exception ({@code PriorityInUseException}) or {@code ElasticLoadBalancingV2Exception};
 *   <li>an unknown {@code Action}, or one the delegate does not serve (its default method throws
 *       {@link UnsupportedOperationException}): 400 {@code InvalidAction};
 *   <li>a missing or other {@code Version}: 400 {@code NoSuchVersion};
 *   <li>a parameter the SDK model does not know, or a malformed value: 400 {@code ValidationError};
 *   <li>any other exception from the delegate: 500 {@code InternalFailure}.
 * </ul>
 *
 * <p>Signatures are not checked: any {@code Authorization} header passes. Requests are served one at
 * a time on the server's own thread, so the delegate needs no locking for them. Every request that
 * reached the server is recorded, raw, in {@link #requests()}.
 *
 * <pre>{@code
 * try (QueryProtocolServer server = QueryProtocolServer.start(inMemoryElbv2);
 *      ElasticLoadBalancingV2Client elbv2 = ElasticLoadBalancingV2Client.builder()
 *          .endpointOverride(server.endpoint())
 *          .region(Region.AP_NORTHEAST_2)
 *          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
 *          .httpClient(UrlConnectionHttpClient.create())
 *          .build()) {
 *   elbv2.describeLoadBalancers(r -> {});
 *   assertThat(server.requests()).extracting(RecordedRequest::action).containsExactly("DescribeLoadBalancers");
 * }
 * }</pre>
 */
public final class QueryProtocolServer implements AutoCloseable {

  /** The ELBv2 API version every request must carry. */
  public static final String API_VERSION = "2015-12-01";

  private static final Logger LOG = LoggerFactory.getLogger(QueryProtocolServer.class);

  private final ElasticLoadBalancingV2Client delegate;
  private final HttpServer http;
  private final URI endpoint;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private QueryProtocolServer(ElasticLoadBalancingV2Client delegate) throws IOException {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", this::handle);
    http.start();
    InetSocketAddress bound = http.getAddress();
    this.endpoint = URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort());
  }

  /**
   * Starts a server on 127.0.0.1 on a free port, serving every request from {@code delegate}.
   *
   * @throws UncheckedIOException if no local port can be bound
   */
  public static QueryProtocolServer start(ElasticLoadBalancingV2Client delegate) {
    try {
      return new QueryProtocolServer(delegate);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind a local port for the ELBv2 Query server", e);
    }
  }

  /** The address to give the SDK client's {@code endpointOverride}, e.g. {@code http://127.0.0.1:41234}. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Every request that reached the server so far, in arrival order, retries included (a snapshot).
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The recorded requests of operation {@code action} (e.g. {@code CreateRule}), in arrival order. */
  public List<RecordedRequest> requests(String action) {
    return requests.stream().filter(r -> r.action().equals(action)).toList();
  }

  /** Forgets the recorded requests, so a test can look at the ones of its next step alone. */
  public void clearRequests() {
    requests.clear();
  }

  /** Stops the server at once; the delegate is not closed (the caller owns it). */
  @Override
  public void close() {
    http.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString();
    int status;
    String body;
    try {
      Map<String, List<String>> params = FormParameters.decode(
          exchange.getRequestURI().getRawQuery(), readBody(exchange.getRequestBody()));
      String action = first(params, "Action").orElse("");
      requests.add(RecordedRequest.builder().action(action).params(copy(params)).build());
      Reply reply = serve(action, params);
      status = reply.status();
      body = reply.error()
          .map(error -> XmlReplyWriter.error(error, requestId))
          .orElseGet(() -> XmlReplyWriter.success(action, reply.response(), requestId));
    } catch (RuntimeException e) {
      // A bug here must reach the test as a reply, not as a dropped connection the SDK retries.
      LOG.warn("ELBv2 Query server failed on a request", e);
      ErrorReply error = new ErrorReply(500, "InternalFailure", String.valueOf(e));
      status = error.status();
      body = XmlReplyWriter.error(error, requestId);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml");
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    exchange.close();
  }

  private Reply serve(String action, Map<String, List<String>> params) {
    if (action.isEmpty()) {
      return Reply.of(ErrorReply.sender("MissingAction", "The request must contain the parameter Action."));
    }
    Optional<String> version = first(params, "Version");
    if (!version.equals(Optional.of(API_VERSION))) {
      return Reply.of(ErrorReply.sender("NoSuchVersion",
          "The requested version (" + version.orElse("none") + ") of service ElasticLoadBalancing does not exist."));
    }
    Optional<Operation> operation = Operation.forAction(action);
    if (operation.isEmpty()) {
      return Reply.of(invalidAction(action));
    }
    Map<String, List<String>> members = new LinkedHashMap<>(params);
    members.remove("Action");
    members.remove("Version");
    Object request;
    try {
      request = QueryRequestReader.read(operation.get().newRequestBuilder(), members);
    } catch (WireFormatException e) {
      return Reply.of(ErrorReply.sender("ValidationError", e.getMessage()));
    }
    try {
      Object response = operation.get().method().invoke(delegate, request);
      if (response == null) {
        return Reply.of(new ErrorReply(500, "InternalFailure", "The delegate returned no response for " + action));
      }
      return new Reply(200, Optional.empty(), (SdkPojo) response);
    } catch (InvocationTargetException e) {
      return Reply.of(fromDelegate(action, e.getCause()));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + operation.get().method(), e);
    }
  }

  private static ErrorReply fromDelegate(String action, Throwable thrown) {
    if (thrown instanceof AwsServiceException) {
      return ErrorReply.of((AwsServiceException) thrown);
    }
    if (thrown instanceof UnsupportedOperationException) {
      // The client interface's default method: the delegate does not serve this operation.
      return invalidAction(action);
    }
    LOG.warn("ELBv2 delegate failed on {}", action, thrown);
    return new ErrorReply(500, "InternalFailure", String.valueOf(thrown));
  }

  private static ErrorReply invalidAction(String action) {
    return ErrorReply.sender("InvalidAction",
        "The action " + action + " is not valid for this web service.");
  }

  private static Optional<String> first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    params.forEach((name, values) -> out.put(name, List.copyOf(values)));
    return out;
  }

  private static String readBody(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A success (status 200 and the response object) or an error reply. */
  private record Reply(int status, Optional<ErrorReply> error, SdkPojo response) {
    static Reply of(ErrorReply error) {
      return new Reply(error.status(), Optional.of(error), null);
    }
  }
}
