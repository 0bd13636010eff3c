/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

/**
 * What a {@link Change} does: one AWS API operation (two for {@link #UPDATE_TAGS}), on one kind of
 * resource, creating, modifying or deleting it.
 */
public enum Operation {
  DELETE_LOAD_BALANCER('-', "delete", "load balancer", "DeleteLoadBalancer"),
  CREATE_LOAD_BALANCER('+', "create", "load balancer", "CreateLoadBalancer"),
  SET_SUBNETS('~', "set", "subnets of", "SetSubnets"),
  SET_SECURITY_GROUPS('~', "set", "security groups of", "SetSecurityGroups"),
  SET_IP_ADDRESS_TYPE('~', "set", "IP address type of", "SetIpAddressType"),
  MODIFY_LOAD_BALANCER_ATTRIBUTES('~', "modify", "attributes of load balancer", "ModifyLoadBalancerAttributes"),
  MODIFY_CAPACITY_RESERVATION('~', "modify", "reserved capacity of", "ModifyCapacityReservation"),
  CREATE_TARGET_GROUP('+', "create", "target group", "CreateTargetGroup"),
  MODIFY_TARGET_GROUP('~', "modify", "health check of target group", "ModifyTargetGroup"),
  MODIFY_TARGET_GROUP_ATTRIBUTES('~', "modify", "attributes of target group", "ModifyTargetGroupAttributes"),
  REGISTER_TARGETS('+', "register", "targets in", "RegisterTargets"),
  DEREGISTER_TARGETS('-', "deregister", "targets from", "DeregisterTargets"),
  CREATE_LISTENER('+', "create", "listener", "CreateListener"),
  MODIFY_LISTENER('~', "modify", "listener", "ModifyListener"),
  MODIFY_LISTENER_ATTRIBUTES('~', "modify", "attributes of listener", "ModifyListenerAttributes"),
  ADD_LISTENER_CERTIFICATES('+', "add", "certificates to listener", "AddListenerCertificates"),
  REMOVE_LISTENER_CERTIFICATES('-', "remove", "certificates from listener", "RemoveListenerCertificates"),
  SET_RULE_PRIORITIES('~', "set", "rule priorities on", "SetRulePriorities"),
  MODIFY_RULE('~', "modify", "rule", "ModifyRule"),
  CREATE_RULE('+', "create", "rule", "CreateRule"),
  DELETE_RULE('-', "delete", "rule", "DeleteRule"),
  DELETE_LISTENER('-', "delete", "listener", "DeleteListener"),
  DELETE_TARGET_GROUP('-', "delete", "target group", "DeleteTargetGroup"),
  ASSOCIATE_WEB_ACL('+', "associate", "web ACL with", "AssociateWebACL"),
  DISASSOCIATE_WEB_ACL('-', "disassociate", "web ACL from", "DisassociateWebACL"),
  CREATE_PROTECTION('+', "create", "Shield protection of", "CreateProtection"),
  DELETE_PROTECTION('-', "delete", "Shield protection of", "DeleteProtection"),
  UPDATE_TAGS('~', "update", "tags of", "AddTags/RemoveTags");

  private final char symbol;
  private final String verb;
  private final String resource;
  private final String apiName;

  Operation(char symbol, String verb, String resource, String apiName) {
    this.symbol = symbol;
    this.verb = verb;
    this.resource = resource;
    this.apiName = apiName;
  }

  /** {@code +} creates, {@code ~} modifies, {@code -} deletes. */
  public char symbol() {
    return symbol;
  }

  /** What it acts on, in words, as the plan text puts it after {@link #verb()}. */
  public String resource() {
    return resource;
  }

  /** The AWS API operation it calls. */
  public String apiName() {
    return apiName;
  }

  /** What it does, in one word: {@code create}, {@code modify}, {@code register}, {@code associate}, ... */
  public String verb() {
    return verb;
  }
}
