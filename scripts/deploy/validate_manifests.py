"""Validates rendered Kubernetes manifests (the output of `kustomize build`).

Every document must be of a kind with a schema: built-in kinds against the Kubernetes JSON schemas
bundled in the kubernetes-validate package (strict: unknown fields fail), KafkaTopic against
scripts/deploy/schemas/kafkatopic.schema.json. Any other kind fails. Then a policy: every Deployment
and Job has probes (Deployments), resources and a non-root, read-only container; and, with --stack,
the Gongkai stack hangs together (topics of the code exist, partitions match the configuration,
one relay with Recreate).

    python validate_manifests.py [--stack] [--expect-error TEXT] FILE...

--expect-error inverts the exit code for the negative self-check: it succeeds only if validation
fails with a message containing TEXT.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import jsonschema
import kubernetes_validate
import yaml

KUBERNETES_VERSION = "1.31.0"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KAFKA_TOPIC_SCHEMA = json.loads((HERE / "schemas" / "kafkatopic.schema.json").read_text())
# The topic constants in the code; the projectors' coordination topic is named by the contract.
TOPIC_SOURCES = [ROOT / "packages/ingest/src/topics/topics.ts", ROOT / "packages/bridge/src/topics.ts"]
EXTRA_TOPICS = ["gongkai.projection-shards"]
INTAKE_SIZED = ["gongkai.intake.v1", "gongkai.intake.outcomes.v1"]


def name_of(doc: dict) -> str:
    meta = doc.get("metadata") or {}
    return f"{doc.get('kind')}/{meta.get('name')}"


def schema_errors(doc: dict) -> list[str]:
    if doc.get("kind") == "KafkaTopic":
        validator = jsonschema.Draft202012Validator(KAFKA_TOPIC_SCHEMA)
        return [
            f"{'.'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        ]
    try:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.SchemaNotFoundError:
        return [f"unknown kind {doc.get('apiVersion')} {doc.get('kind')}: no schema to validate it against"]
    except kubernetes_validate.ValidationError as error:
        path = ".".join(str(p) for p in error.path) or "(root)"
        return [f"{path}: {error.message}"]
    return []


def containers_of(doc: dict) -> list[dict]:
    spec = ((doc.get("spec") or {}).get("template") or {}).get("spec") or {}
    return spec.get("containers") or []


def workload_policy_errors(doc: dict) -> list[str]:
    kind = doc.get("kind")
    if kind not in ("Deployment", "Job"):
        return []
    errors = []
    pod = ((doc.get("spec") or {}).get("template") or {}).get("spec") or {}
    if not (pod.get("securityContext") or {}).get("runAsNonRoot"):
        errors.append("pod securityContext.runAsNonRoot must be true")
    for container in containers_of(doc):
        where = f"container {container.get('name')}"
        if kind == "Deployment":
            for probe in ("livenessProbe", "readinessProbe"):
                if not container.get(probe):
                    errors.append(f"{where} has no {probe}")
        resources = container.get("resources") or {}
        for section, key in (("requests", "cpu"), ("requests", "memory"), ("limits", "memory")):
            if not (resources.get(section) or {}).get(key):
                errors.append(f"{where} has no resources.{section}.{key}")
        security = container.get("securityContext") or {}
        if security.get("readOnlyRootFilesystem") is not True:
            errors.append(f"{where} must set securityContext.readOnlyRootFilesystem: true")
        if security.get("allowPrivilegeEscalation") is not False:
            errors.append(f"{where} must set securityContext.allowPrivilegeEscalation: false")
    return errors


def code_topics() -> list[str]:
    topics = []
    for source in TOPIC_SOURCES:
        topics += re.findall(r"export const \w+_TOPIC = '([^']+)'", source.read_text())
    return topics + EXTRA_TOPICS


def stack_errors(docs: list[dict]) -> list[str]:
    """The Gongkai stack's own consistency, across resources."""
    errors = []
    by_kind: dict[str, list[dict]] = {}
    for doc in docs:
        by_kind.setdefault(doc.get("kind"), []).append(doc)
    configs = [d for d in by_kind.get("ConfigMap", []) if d["metadata"]["name"].startswith("gongkai-config")]
    if len(configs) != 1:
        return [f"expected one gongkai-config ConfigMap, found {len(configs)}"]
    config = configs[0].get("data") or {}
    prefix = config.get("GONGKAI_TOPIC_PREFIX", "")
    topics = {d["spec"].get("topicName", d["metadata"]["name"]): d for d in by_kind.get("KafkaTopic", [])}
    for topic in code_topics():
        if prefix + topic not in topics:
            errors.append(f"topic {prefix + topic} (from the code) has no KafkaTopic")
    expected_partitions = {prefix + t: config.get("GONGKAI_INTAKE_PARTITIONS", "8") for t in INTAKE_SIZED}
    expected_partitions[prefix + "gongkai.projection-shards"] = config.get("GONGKAI_PROJECTION_SHARDS", "8")
    for topic, partitions in expected_partitions.items():
        actual = (topics.get(topic) or {}).get("spec", {}).get("partitions")
        if actual is not None and str(actual) != str(partitions):
            errors.append(f"KafkaTopic {topic} has {actual} partitions, the ConfigMap says {partitions}")
    deployments = {d["metadata"]["name"]: d for d in by_kind.get("Deployment", [])}
    for role in ("api", "ingest", "project", "relay"):
        if f"gongkai-{role}" not in deployments:
            errors.append(f"no Deployment gongkai-{role}")
    relay = deployments.get("gongkai-relay")
    if relay:
        if relay["spec"].get("replicas") != 1:
            errors.append("gongkai-relay must run exactly 1 replica (it keeps a checkpoint)")
        if (relay["spec"].get("strategy") or {}).get("type") != "Recreate":
            errors.append("gongkai-relay must use strategy Recreate (an update must not run two)")
    ingest = deployments.get("gongkai-ingest")
    intake = topics.get(prefix + "gongkai.intake.v1")
    if ingest and intake and ingest["spec"].get("replicas", 1) > intake["spec"].get("partitions", 0):
        errors.append("gongkai-ingest has more replicas than the intake has partitions: the rest would idle")
    for hpa in by_kind.get("HorizontalPodAutoscaler", []):
        target = hpa["spec"]["scaleTargetRef"]["name"]
        if target not in deployments:
            errors.append(f"{name_of(hpa)} scales {target}, which is not rendered")
        if hpa["spec"].get("minReplicas", 1) > hpa["spec"]["maxReplicas"]:
            errors.append(f"{name_of(hpa)} has minReplicas above maxReplicas")
    if not by_kind.get("Job"):
        errors.append("no seed Job")
    return errors


def validate(files: list[str], stack: bool) -> list[str]:
    problems = []
    all_docs = []
    for file in files:
        with open(file, encoding="utf-8") as handle:
            docs = [d for d in yaml.safe_load_all(handle) if d is not None]
        if not docs:
            problems.append(f"{file}: no resources: a render that yields nothing validates nothing")
        for doc in docs:
            if not isinstance(doc, dict) or "kind" not in doc or "apiVersion" not in doc:
                problems.append(f"{file}: a document without apiVersion and kind")
                continue
            for error in schema_errors(doc) + workload_policy_errors(doc):
                problems.append(f"{file}: {name_of(doc)}: {error}")
        all_docs += [d for d in docs if isinstance(d, dict)]
        print(f"  {file}: {len(docs)} resources", file=sys.stderr)
    if stack:
        problems += [f"stack: {e}" for e in stack_errors(all_docs)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--stack", action="store_true", help="also check the Gongkai stack's consistency")
    parser.add_argument("--expect-error", metavar="TEXT", help="succeed only if validation fails with TEXT")
    args = parser.parse_args()
    problems = validate(args.files, args.stack)
    if args.expect_error is not None:
        if any(args.expect_error in p for p in problems):
            print(f"  rejected as expected ({args.expect_error})", file=sys.stderr)
            return 0
        print(f"validator accepted {args.files} or failed otherwise; expected an error with {args.expect_error!r}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
