/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * ELBv2 on the wire: {@link io.elbgateway.testkit.aws.wire.QueryProtocolServer} is a local HTTP
 * server that speaks the AWS Query protocol of Elastic Load Balancing v2 (form-encoded requests, XML
 * replies and XML error replies) and serves every request from an {@code
 * ElasticLoadBalancingV2Client} it is given, so the real SDK client can be tested against an
 * in-memory AWS with its own marshalling, signing, error parsing and retries in the loop.
 *
 * <p>Requests and replies are (un)marshalled generically from the SDK's own marshalling metadata
 * ({@code SdkPojo.sdkFields()} and their traits), so every operation of the SDK's model is served
 * without a table per operation.
 */
package io.elbgateway.testkit.aws.wire;
