# shellcheck shell=bash
# Sourced by up.sh and down.sh: which servers the arguments name, in start order.
# parse_servers <array name> [kafka|mongo|ferretdb ...]; no argument means every server.
parse_servers() {
  local -n into="$1"
  shift
  local wanted=("$@") name
  [[ ${#wanted[@]} -gt 0 ]] || wanted=(kafka mongo)
  local kafka=0 mongo=0
  for name in "${wanted[@]}"; do
    case "$name" in
      kafka) kafka=1 ;;
      mongo | mongodb | ferretdb) mongo=1 ;;
      -h | --help)
        echo "usage: pnpm infra:up|infra:down [kafka] [mongo]   (no argument: every server)"
        exit 0
        ;;
      *)
        echo "infra: unknown server '$name': use kafka or mongo (or no argument for both)" >&2
        exit 2
        ;;
    esac
  done
  into=()
  [[ $kafka == 0 ]] || into+=(kafka)
  [[ $mongo == 0 ]] || into+=(mongo)
}
