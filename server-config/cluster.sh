# Sourced by server-config/cardhub: Cardhub on two Payara instances of one deployment group, behind HAProxy, on one
# machine (README, "Scaling out"). The DAS keeps the administration, the master broker of the OpenMQ cluster
# (broker-cluster.sh) and the Hazelcast data grid's discovery; the application runs on the instances only.

CLUSTER=false
CLUSTER_GROUP=cardhub-group
CLUSTER_CONFIG=cardhub-group-config
CLUSTER_NODE=cardhub-node
CLUSTER_INSTANCES=(cardhub-1 cardhub-2)
# each instance's ports are its base plus Payara's offsets: HTTP +80, HTTPS +81, admin +48, IIOP +37…, JMX +86
CLUSTER_PORT_BASES=(28000 29000)
# in a cluster the load balancer answers on HTTP_PORT; the DAS's own HTTP listener moves here
CLUSTER_DAS_HTTP_PORT=8081
BALANCER_DIR="$STATE_DIR/balancer"
# where 'asadmin deploy' sends the application: the DAS itself (one server) or the group, there with its web sessions
# copied to the other instance through the Hazelcast data grid (web.xml is <distributable/>; the configuration's
# web-container availability is on by default, persistence type "hazelcast")
DEPLOY_TARGET=()
# where 'asadmin undeploy' removes it from before a fresh deployment: everywhere, in a cluster
UNDEPLOY_TARGET=()

use_cluster() {
  CLUSTER=true
  DEPLOY_TARGET=(--target "$CLUSTER_GROUP" --availabilityenabled=true)
  UNDEPLOY_TARGET=(--target domain)
  choose_cluster_broker_address
}
das_http_port() { if $CLUSTER; then echo "$CLUSTER_DAS_HTTP_PORT"; else echo "$HTTP_PORT"; fi; }

instance_http_port() { echo $((CLUSTER_PORT_BASES[$1 - 1] + 80)); }
# the data grid's ports: the DAS's (Payara's default) and each instance's
DAS_GRID_PORT=4900
instance_grid_port() { echo $((5900 + $1)); }
instance_pid() {
  local pidfile="$STATE_DIR/nodes/$CLUSTER_NODE/${CLUSTER_INSTANCES[$1 - 1]}/config/pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && cat "$pidfile"
}
balancer_pid() {
  local pidfile="$BALANCER_DIR/haproxy.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && cat "$pidfile"
}
cluster_mode_recorded() { [ "$(cat "$STATE_DIR/mode" 2>/dev/null)" = cluster ]; }

# A cluster needs what two JVMs can share: PostgreSQL (H2's file opens in one process only) and HAProxy.
check_cluster_settings() {
  [ "$DB_KIND" = postgresql ] \
    || fail "a cluster needs PostgreSQL (two instances cannot open H2's file): set CARDHUB_DB_URL=jdbc:postgresql://… and its user and password."
  check_broker_cluster_settings
  command -v haproxy >/dev/null || fail "HAProxy is not installed: install it (apt-get install haproxy); the cluster's load balancer is HAProxy."
  local n port
  for n in 1 2; do
    for port in $(instance_http_port "$n") $((CLUSTER_PORT_BASES[n - 1] + 48)) $((CLUSTER_PORT_BASES[n - 1] + 81)) \
        $(instance_grid_port "$n"); do
      [ -n "$(instance_pid "$n")" ] || ! port_in_use "$port" \
        || fail "port $port (instance ${CLUSTER_INSTANCES[n - 1]}) is already in use: stop the program listening there (ss -ltnp 'sport = :$port') and try again."
    done
  done
  port_in_use "$CLUSTER_DAS_HTTP_PORT" && [ -z "$(payara_pid)" ] \
    && fail "port $CLUSTER_DAS_HTTP_PORT (the DAS's HTTP in a cluster) is already in use: stop the program listening there and try again."
  return 0
}

# The group, its shared config (what resources.asadmin sets on the DAS's server-config, for the instances) and its
# two instances; run once, on a new domain, with the DAS running.
cluster_setup() {
  say "creating the deployment group $CLUSTER_GROUP with instances ${CLUSTER_INSTANCES[*]}…"
  local c="configs.config.$CLUSTER_CONFIG" file="$STATE_DIR/cluster.asadmin" n listener
  # the instances of an earlier domain went with it; their folders would stop create-instance
  rm -rf "${STATE_DIR:?}/nodes"
  {
    echo "create-node-config --nodehost localhost --installdir $(payara_home) --nodedir $STATE_DIR/nodes $CLUSTER_NODE"
    echo "copy-config default-config $CLUSTER_CONFIG"
    echo "create-deployment-group $CLUSTER_GROUP"
    for n in 1 2; do
      echo "create-instance --node $CLUSTER_NODE --config $CLUSTER_CONFIG --deploymentgroup $CLUSTER_GROUP --portbase ${CLUSTER_PORT_BASES[n - 1]} --checkports=false ${CLUSTER_INSTANCES[n - 1]}"
      echo "create-system-properties --target ${CLUSTER_INSTANCES[n - 1]} jvmRoute=${CLUSTER_INSTANCES[n - 1]}:HZ_LISTENER_PORT=$(instance_grid_port "$n")"
    done
    # the data grid (web sessions copied between the instances) by a fixed list of members: the DAS and both
    # instances; Payara's own discovery through the DAS ("domain") left each instance in a grid of its own here
    echo "set-hazelcast-configuration --clustermode tcpip --tcpipmembers $ADMIN_ADDRESS:$DAS_GRID_PORT,$ADMIN_ADDRESS:$(instance_grid_port 1),$ADMIN_ADDRESS:$(instance_grid_port 2) --dynamic=true"
    for resource in jdbc/cardhub jms/cardhubConnectionFactory jms/TerminalEvents jms/SignOuts mail/cardhub; do
      echo "create-resource-ref --target $CLUSTER_GROUP $resource"
    done
    echo "set $c.security-service.activate-default-principal-to-role-mapping=true"
    # only the load balancer is in front of the instances; administration stays on ADMIN_ADDRESS
    for listener in http-listener-1 http-listener-2; do
      echo "set $c.network-config.network-listeners.network-listener.$listener.address=127.0.0.1"
      echo "set $c.network-config.protocols.protocol.$listener.http.xpowered-by=false"
      echo "set $c.network-config.protocols.protocol.$listener.http.server-header=false"
      echo "set $c.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true"
      echo "set $c.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax"
    done
    echo "set $c.network-config.network-listeners.network-listener.admin-listener.address=$ADMIN_ADDRESS"
    echo "set $c.admin-service.jmx-connector.system.address=$ADMIN_ADDRESS"
    for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
      echo "set $c.iiop-service.iiop-listener.$listener.address=$ADMIN_ADDRESS"
    done
    echo "create-jvm-options --target $CLUSTER_CONFIG -Dhazelcast.socket.bind.any=false"
    echo "delete-jvm-options --target $CLUSTER_CONFIG -Xmx512m"
    echo "create-jvm-options --target $CLUSTER_CONFIG -Xmx$PAYARA_HEAP:-Xms256m:-XX\\\\:MaxMetaspaceSize=$PAYARA_METASPACE"
    echo "set-metrics-configuration --target $CLUSTER_CONFIG --enabled=true --dynamic=true"
    # both instances consume TerminalEvents through the broker cluster (broker-cluster.sh), each connection from a
    # broker of the list picked at random, as the brokers' admin over the network (the brokers' access control
    # refuses guest there); reconnecting, to the other broker too, for as long as a broker is away
    echo "set $c.jms-service.type=REMOTE"
    echo "create-jms-host --target $CLUSTER_CONFIG --mqhost $BROKER_ADDRESS --mqport $BROKER_2_PORT --mquser admin --mqpassword $ADMIN_PASSWORD broker-2"
    echo "set $c.jms-service.jms-host.default_JMS_host.host=$BROKER_ADDRESS"
    echo "set $c.jms-service.jms-host.default_JMS_host.port=$JMS_PORT"
    echo "set $c.jms-service.jms-host.default_JMS_host.admin-user-name=admin"
    echo "set $c.jms-service.jms-host.default_JMS_host.admin-password=$ADMIN_PASSWORD"
    echo "set $c.jms-service.addresslist-behavior=random"
    echo "set $c.jms-service.property.user-name=admin"
    echo "set $c.jms-service.property.password=$ADMIN_PASSWORD"
    echo "set $c.jms-service.reconnect-enabled=true"
    echo "set $c.jms-service.reconnect-interval-in-seconds=5"
    echo "set $c.jms-service.reconnect-attempts=-1"
    echo "set $c.jms-service.addresslist-iterations=-1"
    echo "set resources.connector-connection-pool.jms/cardhubConnectionFactory-Connection-Pool.property.UserName=admin"
    echo "set resources.connector-connection-pool.jms/cardhubConnectionFactory-Connection-Pool.property.Password=$ADMIN_PASSWORD"
  } >"$file"
  chmod 600 "$file"
  asadmin multimode --file "$file" >"$LOG_DIR/cluster.log" 2>&1
  if grep -q -E 'Command .* failed|remote failure|CLI[0-9]+:' "$LOG_DIR/cluster.log"; then
    fail "creating the cluster failed: $(grep -m1 -E 'failed|failure|CLI[0-9]+' "$LOG_DIR/cluster.log" | cut -c1-300) — see $LOG_DIR/cluster.log"
  fi
  broker_2_setup
}

start_instances() {
  start_broker_2
  say "starting the instances ${CLUSTER_INSTANCES[*]} (HTTP $(instance_http_port 1), $(instance_http_port 2))…"
  asadmin start-deployment-group "$CLUSTER_GROUP" >"$LOG_DIR/instances.log" 2>&1 \
    || fail "the instances did not start: see $LOG_DIR/instances.log and $STATE_DIR/nodes/$CLUSTER_NODE/*/logs/server.log"
}

start_instance() {
  local n=$1
  [ -z "$(instance_pid "$n")" ] || { say "${CLUSTER_INSTANCES[n - 1]} is already running (pid $(instance_pid "$n"))"; return 0; }
  asadmin start-instance "${CLUSTER_INSTANCES[n - 1]}" >>"$LOG_DIR/instances.log" 2>&1 \
    || fail "${CLUSTER_INSTANCES[n - 1]} did not start: see $LOG_DIR/instances.log"
  wait_for_instance "$n"
  say "${CLUSTER_INSTANCES[n - 1]} is running again (pid $(instance_pid "$n"))"
}

wait_for_instance() {
  local deadline=$((SECONDS + READY_TIMEOUT)) port
  port=$(instance_http_port "$1")
  until http_ok "http://127.0.0.1:$port/health" && http_ok "http://127.0.0.1:$port/cardhub/"; do
    [ -n "$(instance_pid "$1")" ] || fail "${CLUSTER_INSTANCES[$1 - 1]} stopped while starting: see $STATE_DIR/nodes/$CLUSTER_NODE/${CLUSTER_INSTANCES[$1 - 1]}/logs/server.log"
    [ $SECONDS -lt $deadline ] || fail "${CLUSTER_INSTANCES[$1 - 1]} is not healthy after ${READY_TIMEOUT}s: see $STATE_DIR/nodes/$CLUSTER_NODE/${CLUSTER_INSTANCES[$1 - 1]}/logs/server.log"
    sleep 2
  done
}

# Sticky by a cookie of its own (a session stays on its instance while that lives); an instance that fails two
# health checks two seconds apart is taken out, and its users' next requests go to the other one.
start_balancer() {
  mkdir -p "$BALANCER_DIR"
  sed -e "s|@HTTP_PORT@|$HTTP_PORT|g" -e "s|@PORT_1@|$(instance_http_port 1)|g" -e "s|@PORT_2@|$(instance_http_port 2)|g" \
      -e "s|@INSTANCE_1@|${CLUSTER_INSTANCES[0]}|g" -e "s|@INSTANCE_2@|${CLUSTER_INSTANCES[1]}|g" \
      "$SC_DIR/payara/haproxy.cfg" >"$BALANCER_DIR/haproxy.cfg"
  [ -z "$(balancer_pid)" ] || kill "$(balancer_pid)"
  haproxy -D -f "$BALANCER_DIR/haproxy.cfg" -p "$BALANCER_DIR/haproxy.pid" >"$LOG_DIR/haproxy.log" 2>&1 \
    || fail "HAProxy did not start: $(head -c 300 "$LOG_DIR/haproxy.log")"
  say "load balancer (HAProxy) on port $HTTP_PORT in front of ${CLUSTER_INSTANCES[*]}"
}

# The load balancer first (no new requests), then the instances, while the DAS still answers.
stop_cluster() {
  local pid n
  if [ -n "$(balancer_pid)" ]; then
    kill "$(balancer_pid)" 2>/dev/null
    rm -f "$BALANCER_DIR/haproxy.pid"
  fi
  if [ -n "$(instance_pid 1)$(instance_pid 2)" ]; then
    [ -n "$(payara_pid)" ] && asadmin stop-deployment-group "$CLUSTER_GROUP" >>"$LOG_DIR/instances.log" 2>&1
    for n in 1 2; do
      pid=$(instance_pid "$n")
      [ -n "$pid" ] || continue
      kill "$pid" 2>/dev/null
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null
    done
    stop_broker_2
    return 0
  fi
  stop_broker_2
}

cluster_status() {
  local n
  cluster_mode_recorded || return 0
  for n in 1 2; do
    say "${CLUSTER_INSTANCES[n - 1]}: $([ -n "$(instance_pid "$n")" ] && echo "running (pid $(instance_pid "$n"), HTTP $(instance_http_port "$n"))" || echo stopped)"
  done
  say "load balancer: $([ -n "$(balancer_pid)" ] && echo "running (pid $(balancer_pid), port $HTTP_PORT)" || echo stopped)"
  say "second broker $BROKER_2_NAME: $([ -n "$(broker_2_pid)" ] && echo "running (pid $(broker_2_pid), port $BROKER_2_PORT)" || echo stopped); terminals send to $(cat "$STATE_DIR/brokers" 2>/dev/null)"
}

# For the failover test: 'instance kill N' ends instance N with kill -9, 'instance start N' starts it again.
cmd_instance() {
  local action=${1:-} n=${2:-}
  [[ "$n" =~ ^[12]$ ]] || fail "usage: server-config/cardhub instance kill|start 1|2 (got '${n}')"
  cluster_mode_recorded || fail "Cardhub is not running as a cluster: start it with 'server-config/cardhub cluster'."
  case "$action" in
    kill)
      [ -n "$(instance_pid "$n")" ] || fail "${CLUSTER_INSTANCES[n - 1]} is not running"
      say "kill -9 $(instance_pid "$n") (${CLUSTER_INSTANCES[n - 1]})"
      kill -9 "$(instance_pid "$n")" ;;
    start)
      [ -n "$(payara_pid)" ] || fail "the DAS is not running: start the cluster with 'server-config/cardhub cluster'."
      start_instance "$n" ;;
    *) fail "usage: server-config/cardhub instance kill|start 1|2 (got '$action')" ;;
  esac
}

cluster_banner() {
  $CLUSTER || return 0
  printf '  Cluster           HAProxy on %s -> %s (HTTP %s), %s (HTTP %s); deployment group %s\n' "$HTTP_PORT" \
    "${CLUSTER_INSTANCES[0]}" "$(instance_http_port 1)" "${CLUSTER_INSTANCES[1]}" "$(instance_http_port 2)" "$CLUSTER_GROUP"
  printf '                    the DAS (administration, master broker) answers HTTP on %s; instance logs %s/nodes/%s/*/logs\n' \
    "$CLUSTER_DAS_HTTP_PORT" "$STATE_DIR" "$CLUSTER_NODE"
  printf '                    terminals send to the broker cluster %s (the DAS'"'"'s broker and %s)\n' \
    "$(broker_address_list)" "$BROKER_2_NAME"
}
