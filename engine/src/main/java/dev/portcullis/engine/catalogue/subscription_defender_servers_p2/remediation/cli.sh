#!/usr/bin/env bash
# {{t:p2.cli.intro}}
set -euo pipefail
az security pricing create --subscription '{{subscriptionId}}' --name VirtualMachines --tier standard --subplan P2
