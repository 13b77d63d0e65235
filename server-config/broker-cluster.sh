# Sourced by server-config/cardhub: in a cluster, terminal messages go through a conventional OpenMQ broker cluster
# of two brokers (README, "Scaling out"): the DAS's own broker (port JMS_PORT, the master broker, which keeps the
# record of destinations) and a second broker, a process of its own (port BROKER_2_PORT). Both instances consume
# TerminalEvents through either broker, terminals may send to either, and a message waits in the broker it was sent
# to until one of the instances takes it. OpenMQ refuses loopback addresses inside a cluster, so the brokers listen
# on one of the machine's own addresses (CARDHUB_BROKER_ADDRESS, by default the first of 'hostname -I'), locked down
# as in a single server: guest refused, terminals may only send, nothing created on demand.

BROKER_2_NAME=cardhub-broker-2
BROKER_2_PORT=$((JMS_PORT + 1))
BROKER_2_DIR="$STATE_DIR/broker-2"

# Before the settings are checked: the machine's first address, unless one was chosen.
choose_cluster_broker_address() {
  [ -n "${CARDHUB_BROKER_ADDRESS:-}" ] && return 0
  BROKER_ADDRESS=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -m1 -E '^[0-9]+(\.[0-9]+){3}$' | grep -v '^127\.')
  [ -n "$BROKER_ADDRESS" ] || BROKER_ADDRESS=127.0.0.1
}

check_broker_cluster_settings() {
  case "$BROKER_ADDRESS" in
    127.*|0.0.0.0) fail "an OpenMQ broker cluster refuses loopback and wildcard addresses: set CARDHUB_BROKER_ADDRESS to one of this machine's own addresses ($(hostname -I 2>/dev/null | xargs))." ;;
  esac
  hostname -I 2>/dev/null | tr ' ' '\n' | grep -qx "$BROKER_ADDRESS" \
    || fail "CARDHUB_BROKER_ADDRESS $BROKER_ADDRESS is not an address of this machine (it has: $(hostname -I 2>/dev/null | xargs))."
  [ -z "$(broker_2_pid)" ] && (exec 3<>"/dev/tcp/$BROKER_ADDRESS/$BROKER_2_PORT") 2>/dev/null \
    && fail "port $BROKER_2_PORT (the second broker) is already in use on $BROKER_ADDRESS: stop the program listening there and try again."
  return 0
}

# What every broker of the cluster says about it, after the single server's lock-down settings. The brokers refuse
# each other unless they agree on the last two, which Payara sets on its own broker.
broker_cluster_properties() {
  printf '%s\n' "imq.cluster.brokerlist=$BROKER_ADDRESS:$JMS_PORT,$BROKER_ADDRESS:$BROKER_2_PORT" \
    "imq.cluster.masterbroker=$BROKER_ADDRESS:$JMS_PORT" "imq.cluster.hostname=$BROKER_ADDRESS" \
    "imq.cluster.dynamicChangeMasterBrokerEnabled=true" "imq.cluster.nowaitForMasterBroker=true"
}

# The brokers' addresses as terminals use them (--broker of the simulator, the failover test).
broker_address_list() { echo "$BROKER_ADDRESS:$JMS_PORT,$BROKER_ADDRESS:$BROKER_2_PORT"; }

# On a new domain, once the DAS's broker is locked down: the second broker gets the same users, access control and
# settings, and the cluster's.
broker_2_setup() {
  local das_broker="$DOMAIN_DIR/$DOMAIN/imq/instances/imqbroker" broker="$BROKER_2_DIR/instances/$BROKER_2_NAME"
  rm -rf "${BROKER_2_DIR:?}"
  mkdir -p "$broker/etc" "$broker/props"
  cp "$das_broker/etc/passwd" "$das_broker/etc/accesscontrol-network.properties" "$broker/etc/"
  broker_lockdown_properties >"$broker/props/config.properties"
  broker_cluster_properties >>"$broker/props/config.properties"
  chmod -R go-rwx "$BROKER_2_DIR"
  record_cluster_destinations
}

broker_2_pid() { pgrep -f -- "-Dimq.varhome=$BROKER_2_DIR " | head -n 1; }

# Also tells the failover test where terminals send (STATE_DIR/brokers).
start_broker_2() {
  broker_address_list >"$STATE_DIR/brokers"
  [ -z "$(broker_2_pid)" ] || return 0
  say "starting the second broker $BROKER_2_NAME ($BROKER_ADDRESS:$BROKER_2_PORT)…"
  local java_home deadline=$((SECONDS + 60))
  java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  setsid nohup "$(payara_home)/mq/bin/imqbrokerd" -javahome "$java_home" -varhome "$BROKER_2_DIR" \
    -name "$BROKER_2_NAME" -port "$BROKER_2_PORT" -silent >"$LOG_DIR/broker-2.log" 2>&1 &
  until grep -q "Broker \"$BROKER_2_NAME@" "$BROKER_2_DIR/instances/$BROKER_2_NAME/log/log.txt" 2>/dev/null \
      && (exec 3<>"/dev/tcp/$BROKER_ADDRESS/$BROKER_2_PORT") 2>/dev/null; do
    [ $SECONDS -lt $deadline ] \
      || fail "the second broker did not start: see $BROKER_2_DIR/instances/$BROKER_2_NAME/log/log.txt and $LOG_DIR/broker-2.log"
    sleep 1
  done
}

# The DAS's broker got its destinations (resources.asadmin) before it joined the cluster, so the master broker's record
# of them, which a broker joining the cluster goes by (it drops destinations the record does not hold), is empty: on
# the new domain, with nothing stored yet, each is made again there, now as the cluster's.
record_cluster_destinations() {
  local kind name
  (umask 077; printf 'imq.imqcmd.password=%s\n' "$ADMIN_PASSWORD" >"$STATE_DIR/imqcmd.password")
  while read -r kind name; do
    imqcmd destroy dst -t "${kind:0:1}" -n "$name" >>"$LOG_DIR/cluster.log" 2>&1
    imqcmd create dst -t "${kind:0:1}" -n "$name" >>"$LOG_DIR/cluster.log" 2>&1 \
      || { rm -f "$STATE_DIR/imqcmd.password"; fail "the $kind $name could not be made a destination of the broker cluster: see $LOG_DIR/cluster.log"; }
  done < <(sed -n 's/^create-jmsdest --desttype \(queue\|topic\) \([A-Za-z0-9_]*\)$/\1 \2/p' "$SC_DIR/payara/resources.asadmin")
  rm -f "$STATE_DIR/imqcmd.password"
}

# The DAS's broker, the master, as its admin.
imqcmd() {
  "$(payara_home)/mq/bin/imqcmd" "$@" -b "$BROKER_ADDRESS:$JMS_PORT" -u admin -passfile "$STATE_DIR/imqcmd.password" -f -s </dev/null
}

stop_broker_2() {
  local pid
  pid=$(broker_2_pid)
  [ -n "$pid" ] || return 1
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null
  return 0
}

# For the failover test: 'broker kill' ends the second broker with kill -9, 'broker start' starts it again.
cmd_broker() {
  local action=${1:-}
  cluster_mode_recorded || fail "Cardhub is not running as a cluster: start it with 'server-config/cardhub cluster'."
  use_cluster
  case "$action" in
    kill)
      [ -n "$(broker_2_pid)" ] || fail "the second broker ($BROKER_2_NAME) is not running"
      say "kill -9 $(broker_2_pid) ($BROKER_2_NAME)"
      kill -9 "$(broker_2_pid)" ;;
    start)
      [ -n "$(payara_pid)" ] || fail "the DAS is not running: start the cluster with 'server-config/cardhub cluster'."
      mkdir -p "$LOG_DIR"
      start_broker_2
      say "$BROKER_2_NAME is running again (pid $(broker_2_pid))" ;;
    *) fail "usage: server-config/cardhub broker kill|start (got '$action')" ;;
  esac
}
