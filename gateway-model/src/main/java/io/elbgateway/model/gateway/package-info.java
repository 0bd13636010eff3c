/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Gateway API kinds of {@code gateway.networking.k8s.io} (and the experimental
 * {@code gateway.networking.x-k8s.io} ListenerSet), standard and experimental channel fields
 * alike: GatewayClass, Gateway with its listeners, ListenerSet, ReferenceGrant, BackendTLSPolicy,
 * and the route kinds (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute) with their rules,
 * matches, filters and backend references. Every served API version of a kind reads into the same
 * type; the {@code apiVersion} read is kept, so an object writes back as it was read.
 */
package io.elbgateway.model.gateway;
