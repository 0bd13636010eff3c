/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import io.elbgateway.k8s.reconcile.LeaderElection;
import io.elbgateway.k8s.reconcile.Reconciler;
import io.elbgateway.k8s.source.ClusterSource;
import io.elbgateway.k8s.source.KindDiscovery;
import io.elbgateway.k8s.source.KindSupport;
import io.elbgateway.k8s.source.KubernetesSecrets;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.sync.SyncEngine;
import io.elbgateway.sync.aws.AwsClients;
import io.elbgateway.sync.resolve.NetworkResolver;
import io.elbgateway.sync.resolve.StaticNetwork;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.shield.ShieldClient;
import software.amazon.awssdk.services.wafv2.Wafv2Client;

/**
 * A Gateway API controller for AWS load balancers, to embed in a Java program: it watches the
 * cluster through a fabric8 client, keeps each Gateway's ALB or NLB in step through AWS SDK
 * clients, and writes statuses back.
 *
 * <pre>{@code
 * GatewayController controller = GatewayController.builder()
 *     .kubernetesClient(new KubernetesClientBuilder().build())
 *     .elbv2(ElasticLoadBalancingV2Client.create())
 *     .clusterName("prod")
 *     .build();
 * controller.start();   // discovers kinds, lists the cluster, campaigns for the Lease
 * ...
 * controller.stop();    // releases the Lease; AWS resources stay
 * }</pre>
 *
 * <p>The caller owns both clients and closes them after {@link #stop()}.
 */
public final class GatewayController {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayController.class);

  private final Builder settings;
  private final KubernetesClient client;
  private final Reconciler reconciler;
  private volatile KindSupport kinds;
  private volatile ClusterSource source;
  private volatile LeaderElection election;
  private volatile boolean leading;
  // Leadership callbacks come from the elector's thread while it holds its own lock; a lock of
  // their own keeps them from waiting on a stop() that waits on the elector.
  private final Object leadership = new Object();

  private GatewayController(Builder b) {
    this.settings = b;
    this.client = b.client;
    AwsClients aws = AwsClients.of(b.elbv2);
    aws = b.wafv2.map(aws::withWafv2).orElse(aws);
    aws = b.acm.map(aws::withAcm).orElse(aws);
    aws = b.shield.map(aws::withShield).orElse(aws);
    SyncEngine engine =
        b.engine.apply(
                SyncEngine.builder()
                    .clients(aws)
                    .clusterName(b.clusterName)
                    .network(b.network)
                    .secrets(new KubernetesSecrets(client)))
            .build();
    Translator translator =
        b.translator.apply(
                Translator.builder()
                    .options(TranslatorOptions.builder().from(b.translatorOptions).clusterName(b.clusterName).build()))
            .build();
    this.reconciler = new Reconciler(client, engine, translator, b.listener, b.clock, b.reconcile);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the kinds the cluster serves, lists them, and starts reconciling once this replica leads
   * (at once when leader election is off). Throws {@link IllegalStateException} when the cluster
   * serves no Gateway or GatewayClass, or listing fails.
   */
  public synchronized void start() {
    kinds = KindDiscovery.discover(client);
    if (!kinds.canReconcile()) {
      throw new IllegalStateException("the cluster serves no Gateway API kinds to reconcile:\n" + kinds.describeMissing());
    }
    source = new ClusterSource(client, kinds, reconciler::changed);
    reconciler.bind(source);
    source.start(settings.syncTimeout);
    LOG.info("listed {}", source.snapshot());
    if (settings.leaderElection) {
      election =
          new LeaderElection(
              client,
              settings.leaseNamespace,
              settings.leaseName,
              settings.identity,
              settings.leaseDuration,
              settings.renewDeadline,
              settings.retryPeriod,
              this::leadershipChanged);
      election.start();
    } else {
      leadershipChanged(true);
    }
  }

  /** Stops reconciling and watching, and releases the Lease. AWS resources stay as they are. */
  public void stop() {
    LeaderElection running;
    synchronized (this) {
      running = election;
      election = null;
    }
    if (running != null) {
      running.stop();
    }
    leadershipChanged(false);
    synchronized (this) {
      if (source != null) {
        source.stop();
      }
    }
  }

  /** Which kinds the cluster serves and what missing ones disable; empty before {@link #start()}. */
  public Optional<KindSupport> kinds() {
    return Optional.ofNullable(kinds);
  }

  /** Whether this replica leads (and so syncs and writes statuses). */
  public boolean isLeader() {
    return leading;
  }

  /** The current snapshot of the cluster. */
  public ClusterSnapshot snapshot() {
    return source == null ? ClusterSnapshot.empty() : source.snapshot();
  }

  /** Whether nothing is queued or running. */
  public boolean idle() {
    return reconciler.idle();
  }

  /** Status subresource writes made so far (writes that would change nothing are skipped). */
  public int statusWrites() {
    return reconciler.statusWrites();
  }

  /** Status writes that met a conflict (409) and were retried. */
  public int statusConflicts() {
    return reconciler.statusConflicts();
  }

  /** The source: package-private for tests that drop the watches. */
  ClusterSource source() {
    return source;
  }

  /** Queues every Gateway now, as the periodic resync does. */
  public void resync() {
    if (leading) {
      reconciler.enqueueAll();
    }
  }

  private void leadershipChanged(boolean nowLeading) {
    synchronized (leadership) {
      if (nowLeading == leading) {
        return;
      }
      leading = nowLeading;
      if (nowLeading) {
        reconciler.startLeading();
      } else {
        reconciler.stopLeading();
      }
      settings.listener.leadership(nowLeading);
    }
  }

  /** Builds a {@link GatewayController}; the Kubernetes client, ELBv2 client and cluster name are required. */
  public static final class Builder {
    private KubernetesClient client;
    private ElasticLoadBalancingV2Client elbv2;
    private Optional<Wafv2Client> wafv2 = Optional.empty();
    private Optional<AcmClient> acm = Optional.empty();
    private Optional<ShieldClient> shield = Optional.empty();
    private String clusterName;
    private NetworkResolver network = StaticNetwork.idsOnly();
    private TranslatorOptions translatorOptions = TranslatorOptions.defaults();
    private UnaryOperator<Translator.Builder> translator = UnaryOperator.identity();
    private UnaryOperator<SyncEngine.Builder> engine = UnaryOperator.identity();
    private ControllerListener listener = ControllerListener.none();
    private Clock clock = Clock.systemUTC();
    private final Reconciler.Settings reconcile = new Reconciler.Settings();
    private boolean leaderElection = true;
    private String leaseNamespace = Optional.ofNullable(System.getenv("POD_NAMESPACE")).orElse("default");
    private String leaseName = "elbgateway-controller";
    private String identity = defaultIdentity();
    private Duration leaseDuration = Duration.ofSeconds(15);
    private Duration renewDeadline = Duration.ofSeconds(10);
    private Duration retryPeriod = Duration.ofSeconds(2);
    private Duration syncTimeout = Duration.ofMinutes(2);

    private Builder() {}

    /** The Kubernetes client (required); the caller closes it. */
    public Builder kubernetesClient(KubernetesClient client) {
      this.client = client;
      return this;
    }

    /** The ELBv2 client (required). */
    public Builder elbv2(ElasticLoadBalancingV2Client elbv2) {
      this.elbv2 = elbv2;
      return this;
    }

    /** The WAFv2 client, for web ACL associations. */
    public Builder wafv2(Wafv2Client wafv2) {
      this.wafv2 = Optional.of(wafv2);
      return this;
    }

    /** The ACM client, for certificates found by hostname. */
    public Builder acm(AcmClient acm) {
      this.acm = Optional.of(acm);
      return this;
    }

    /** The Shield client, for Shield Advanced protection. */
    public Builder shield(ShieldClient shield) {
      this.shield = Optional.of(shield);
      return this;
    }

    /** The cluster's name (required): part of AWS names and of the ownership tags. */
    public Builder clusterName(String clusterName) {
      this.clusterName = clusterName;
      return this;
    }

    /** How subnet and security group names resolve; IDs only unless set. */
    public Builder network(NetworkResolver network) {
      this.network = network;
      return this;
    }

    /** The translator's options; the cluster name set here wins over theirs. */
    public Builder translatorOptions(TranslatorOptions options) {
      this.translatorOptions = options;
      return this;
    }

    /** Changes to the translator (plugins); applied to a builder that has the options. */
    public Builder translator(UnaryOperator<Translator.Builder> customize) {
      this.translator = customize;
      return this;
    }

    /**
     * Changes to the sync engine (retry policy, rate limits, clock, secrets); applied to a builder
     * that has the clients, cluster name, network and a Secret reader.
     */
    public Builder syncEngine(UnaryOperator<SyncEngine.Builder> customize) {
      this.engine = customize;
      return this;
    }

    /** Hooks for metrics and events. */
    public Builder listener(ControllerListener listener) {
      this.listener = listener;
      return this;
    }

    /** The clock of condition times. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How many Gateways sync in parallel; 4 unless set. */
    public Builder workers(int workers) {
      this.reconcile.workers(workers);
      return this;
    }

    /** How often every Gateway is reconciled without a change; 10 minutes unless set. */
    public Builder resyncPeriod(Duration period) {
      this.reconcile.resyncPeriod(period);
      return this;
    }

    /**
     * The longest a Gateway waits for the pass its sync asked for (15 s while a load balancer
     * provisions); 10 minutes unless set.
     */
    public Builder requeueCap(Duration cap) {
      this.reconcile.requeueCap(cap);
      return this;
    }

    /** The first and longest delay before a failed pass runs again; 1 s and 5 min unless set. */
    public Builder retryBackoff(Duration base, Duration max) {
      this.reconcile.retry(base, max);
      return this;
    }

    /** Whether to elect a leader (on by default); off, this replica always reconciles. */
    public Builder leaderElection(boolean enabled) {
      this.leaderElection = enabled;
      return this;
    }

    /**
     * The Lease: namespace ({@code $POD_NAMESPACE} or {@code default} unless set), name
     * ({@code elbgateway-controller}) and this replica's identity (host name and a random suffix).
     */
    public Builder lease(String namespace, String name, String identity) {
      this.leaseNamespace = namespace;
      this.leaseName = name;
      this.identity = identity;
      return this;
    }

    /** Lease timing: 15 s lease, 10 s renew deadline, 2 s retry period unless set. */
    public Builder leaseTiming(Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {
      this.leaseDuration = leaseDuration;
      this.renewDeadline = renewDeadline;
      this.retryPeriod = retryPeriod;
      return this;
    }

    /** How long {@link GatewayController#start()} waits for the first listing; 2 minutes unless set. */
    public Builder syncTimeout(Duration timeout) {
      this.syncTimeout = timeout;
      return this;
    }

    /** The controller. */
    public GatewayController build() {
      Objects.requireNonNull(client, "kubernetesClient is required");
      Objects.requireNonNull(elbv2, "elbv2 is required");
      if (clusterName == null || clusterName.isEmpty()) {
        throw new IllegalStateException("clusterName is required: it names and tags every AWS resource");
      }
      return new GatewayController(this);
    }

    private static String defaultIdentity() {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "elbgateway";
      }
      return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
  }
}
