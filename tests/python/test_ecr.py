"""The ECR API through the aws CLI (and boto3 where the CLI cannot say it), against a real `ferry
server`: repositories, images pushed by the API and by `docker push`, layer uploads, tokens,
policies, tags, and lifecycle policies that really expire images."""

import base64
import hashlib
import json
import os
import shutil
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from conftest import FerryServer

# Lifecycle policies are applied every second here, so a test can watch them act.
LIFECYCLE_INTERVAL_SECONDS = "1"
TEST_IMAGE = "ferry-test/busybox:latest"


@pytest.fixture(scope="module")
def ferry():
    binary = os.environ.get("FERRY_BIN") or shutil.which("ferry")
    if not binary:
        pytest.fail("set FERRY_BIN to the ferry binary (scripts/test does)")
    server = FerryServer(binary, ["--registry-lifecycle-interval", LIFECYCLE_INTERVAL_SECONDS])
    assert server.registry, "the server's ready line names no registry"
    yield server
    server.stop()


def ecr_error(ferry, *arguments):
    """Runs an ecr command that must fail; returns its stderr."""
    result = ferry.aws("ecr", *arguments, check=False)
    assert result.returncode != 0, f"aws ecr {' '.join(arguments)} succeeded: {result.stdout}"
    return result.stderr


def sha256(content):
    return "sha256:" + hashlib.sha256(content).hexdigest()


def upload_layer(ferry, tmp_path, repository, content, part_size=1 << 20):
    """Uploads `content` with initiate-layer-upload, upload-layer-part (in parts) and
    complete-layer-upload; returns its digest."""
    started = ferry.aws("ecr", "initiate-layer-upload", "--repository-name", repository)
    upload_id = started["uploadId"]
    assert started["partSize"] > 0
    for first in range(0, len(content), part_size):
        part = content[first:first + part_size]
        part_file = tmp_path / f"part-{first}"
        part_file.write_bytes(part)
        uploaded = ferry.aws("ecr", "upload-layer-part", "--repository-name", repository, "--upload-id", upload_id,
                             "--part-first-byte", str(first), "--part-last-byte", str(first + len(part) - 1),
                             "--layer-part-blob", f"fileb://{part_file}")
        assert uploaded["lastByteReceived"] == first + len(part) - 1
    digest = sha256(content)
    completed = ferry.aws("ecr", "complete-layer-upload", "--repository-name", repository, "--upload-id", upload_id,
                          "--layer-digests", digest)
    assert completed["layerDigest"] == digest
    return digest


def upload_layer_boto3(ferry, repository, content):
    ecr = ferry.client("ecr")
    upload_id = ecr.initiate_layer_upload(repositoryName=repository)["uploadId"]
    ecr.upload_layer_part(repositoryName=repository, uploadId=upload_id, partFirstByte=0, partLastByte=len(content) - 1,
                          layerPartBlob=content)
    return ecr.complete_layer_upload(repositoryName=repository, uploadId=upload_id, layerDigests=[sha256(content)])["layerDigest"]


def put_image_boto3(ferry, repository, seed, tag=None):
    """`put_image` with boto3, for tests whose subject is not the upload (quicker than the CLI)."""
    config = json.dumps({"architecture": "amd64", "os": "linux", "seed": seed}).encode()
    layer = f"layer of {seed}".encode()
    manifest = json.dumps(image_manifest(upload_layer_boto3(ferry, repository, config), config,
                                         upload_layer_boto3(ferry, repository, layer), layer))
    arguments = {"imageTag": tag} if tag else {}
    put = ferry.client("ecr").put_image(repositoryName=repository, imageManifest=manifest, **arguments)
    return put["image"]["imageId"]["imageDigest"]


def image_manifest(config_digest, config, layer_digest, layer):
    return {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": len(config)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": layer_digest, "size": len(layer)}],
    }


def put_image(ferry, tmp_path, repository, seed, tag=None, part_size=1 << 20):
    """Uploads a config and a layer and puts an image manifest naming them, all with the CLI;
    returns its digest."""
    config = json.dumps({"architecture": "amd64", "os": "linux", "seed": seed}).encode()
    layer = f"layer of {seed}".encode()
    config_digest = upload_layer(ferry, tmp_path, repository, config, part_size)
    layer_digest = upload_layer(ferry, tmp_path, repository, layer, part_size)
    manifest = json.dumps(image_manifest(config_digest, config, layer_digest, layer))
    manifest_file = tmp_path / f"manifest-{seed}.json"
    manifest_file.write_text(manifest)
    arguments = ["put-image", "--repository-name", repository, "--image-manifest", f"file://{manifest_file}"]
    if tag:
        arguments += ["--image-tag", tag]
    put = ferry.aws("ecr", *arguments)
    digest = put["image"]["imageId"]["imageDigest"]
    assert digest == sha256(manifest.encode())
    return digest


def test_repositories_with_the_cli(ferry):
    created = ferry.aws("ecr", "create-repository", "--repository-name", "cli/web",
                        "--image-tag-mutability", "IMMUTABLE", "--image-scanning-configuration", "scanOnPush=true",
                        "--encryption-configuration", "encryptionType=AES256", "--tags", "Key=team,Value=web")
    repository = created["repository"]
    assert repository["repositoryUri"] == f"{ferry.registry}/cli/web"
    assert repository["repositoryArn"] == "arn:aws:ecr:us-east-1:000000000000:repository/cli/web"
    assert repository["registryId"] == "000000000000"
    assert repository["imageTagMutability"] == "IMMUTABLE"
    assert repository["imageScanningConfiguration"] == {"scanOnPush": True}
    assert repository["encryptionConfiguration"] == {"encryptionType": "AES256"}
    assert "RepositoryAlreadyExistsException" in ecr_error(ferry, "create-repository", "--repository-name", "cli/web")
    assert "InvalidParameterException" in ecr_error(ferry, "create-repository", "--repository-name", "Not_Valid")

    for index in range(4):
        ferry.aws("ecr", "create-repository", "--repository-name", f"cli/page-{index}")
    first = ferry.aws("ecr", "describe-repositories", "--max-items", "2")
    assert len(first["repositories"]) == 2 and first["NextToken"]
    rest = ferry.aws("ecr", "describe-repositories", "--starting-token", first["NextToken"])
    names = [repository["repositoryName"] for repository in first["repositories"] + rest["repositories"]]
    assert names == sorted(names) and {"cli/web", "cli/page-0", "cli/page-3"} <= set(names)
    paged = ferry.aws("ecr", "describe-repositories", "--page-size", "1")
    assert len(paged["repositories"]) == len(names)
    named = ferry.aws("ecr", "describe-repositories", "--repository-names", "cli/web")
    assert [repository["repositoryName"] for repository in named["repositories"]] == ["cli/web"]
    assert "RepositoryNotFoundException" in ecr_error(ferry, "describe-repositories", "--repository-names", "cli/nope")

    mutability = ferry.aws("ecr", "put-image-tag-mutability", "--repository-name", "cli/web", "--image-tag-mutability", "MUTABLE")
    assert mutability["imageTagMutability"] == "MUTABLE"
    scanning = ferry.aws("ecr", "put-image-scanning-configuration", "--repository-name", "cli/web",
                         "--image-scanning-configuration", "scanOnPush=false")
    assert scanning["imageScanningConfiguration"] == {"scanOnPush": False}

    deleted = ferry.aws("ecr", "delete-repository", "--repository-name", "cli/page-0")
    assert deleted["repository"]["repositoryName"] == "cli/page-0"
    assert "RepositoryNotFoundException" in ecr_error(ferry, "delete-repository", "--repository-name", "cli/page-0")


def test_resource_tags_and_repository_policies(ferry):
    arn = ferry.aws("ecr", "create-repository", "--repository-name", "cli/tagged")["repository"]["repositoryArn"]
    ferry.aws("ecr", "tag-resource", "--resource-arn", arn, "--tags", "Key=team,Value=web", "Key=env,Value=prod")
    ferry.aws("ecr", "untag-resource", "--resource-arn", arn, "--tag-keys", "team")
    assert ferry.aws("ecr", "list-tags-for-resource", "--resource-arn", arn)["tags"] == [{"Key": "env", "Value": "prod"}]
    assert "InvalidTagParameterException" in ecr_error(ferry, "tag-resource", "--resource-arn", arn, "--tags", "Key=aws:x,Value=y")
    assert "InvalidParameterException" in ecr_error(ferry, "list-tags-for-resource", "--resource-arn", "arn:aws:s3:::bucket")

    assert "RepositoryPolicyNotFoundException" in ecr_error(ferry, "get-repository-policy", "--repository-name", "cli/tagged")
    assert "InvalidParameterException" in ecr_error(ferry, "set-repository-policy", "--repository-name", "cli/tagged",
                                                    "--policy-text", "not a policy")
    policy = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "pull", "Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}]})
    assert ferry.aws("ecr", "set-repository-policy", "--repository-name", "cli/tagged", "--policy-text", policy)["policyText"] == policy
    assert ferry.aws("ecr", "get-repository-policy", "--repository-name", "cli/tagged")["policyText"] == policy
    assert ferry.aws("ecr", "delete-repository-policy", "--repository-name", "cli/tagged")["policyText"] == policy
    assert "RepositoryPolicyNotFoundException" in ecr_error(ferry, "delete-repository-policy", "--repository-name", "cli/tagged")


def test_images_put_and_read_through_the_api(ferry, tmp_path):
    ferry.aws("ecr", "create-repository", "--repository-name", "cli/api")
    # In parts of 7 bytes: the parts are appended in order and the digest checked over all of them.
    first = put_image(ferry, tmp_path, "cli/api", "one", tag="v1", part_size=7)
    second = put_image(ferry, tmp_path, "cli/api", "two")

    checked = ferry.aws("ecr", "batch-check-layer-availability", "--repository-name", "cli/api",
                        "--layer-digests", sha256(b"layer of one"), sha256(b"never uploaded"))
    assert checked["layers"][0]["layerAvailability"] == "AVAILABLE"
    assert checked["layers"][0]["layerSize"] == len(b"layer of one")
    assert checked["failures"][0]["failureCode"] == "MissingLayerDigest"

    # An upload whose content does not match the digest it claims is refused; parts must be in order.
    upload_id = ferry.aws("ecr", "initiate-layer-upload", "--repository-name", "cli/api")["uploadId"]
    part = tmp_path / "part"
    part.write_bytes(b"abc")
    assert "InvalidLayerPartException" in ecr_error(ferry, "upload-layer-part", "--repository-name", "cli/api",
                                                    "--upload-id", upload_id, "--part-first-byte", "3", "--part-last-byte", "5",
                                                    "--layer-part-blob", f"fileb://{part}")
    ferry.aws("ecr", "upload-layer-part", "--repository-name", "cli/api", "--upload-id", upload_id,
              "--part-first-byte", "0", "--part-last-byte", "2", "--layer-part-blob", f"fileb://{part}")
    assert "InvalidLayerException" in ecr_error(ferry, "complete-layer-upload", "--repository-name", "cli/api",
                                                "--upload-id", upload_id, "--layer-digests", sha256(b"xyz"))
    assert "UploadNotFoundException" in ecr_error(ferry, "complete-layer-upload", "--repository-name", "cli/api",
                                                  "--upload-id", upload_id, "--layer-digests", sha256(b"abc"))

    listed = ferry.aws("ecr", "list-images", "--repository-name", "cli/api")["imageIds"]
    assert sorted(listed, key=lambda image: image["imageDigest"]) == sorted(
        [{"imageDigest": first, "imageTag": "v1"}, {"imageDigest": second}], key=lambda image: image["imageDigest"])
    untagged = ferry.aws("ecr", "list-images", "--repository-name", "cli/api", "--filter", "tagStatus=UNTAGGED")
    assert untagged["imageIds"] == [{"imageDigest": second}]
    one_page = ferry.aws("ecr", "list-images", "--repository-name", "cli/api", "--max-items", "1")
    assert len(one_page["imageIds"]) == 1 and one_page["NextToken"]

    details = ferry.aws("ecr", "describe-images", "--repository-name", "cli/api", "--image-ids", "imageTag=v1")["imageDetails"]
    assert details[0]["imageDigest"] == first
    assert details[0]["imageTags"] == ["v1"]
    assert details[0]["imageManifestMediaType"] == "application/vnd.oci.image.manifest.v1+json"
    assert details[0]["artifactMediaType"] == "application/vnd.oci.image.config.v1+json"
    assert details[0]["imageSizeInBytes"] > 0 and details[0]["imagePushedAt"]
    assert "ImageNotFoundException" in ecr_error(ferry, "describe-images", "--repository-name", "cli/api", "--image-ids", "imageTag=v9")

    fetched = ferry.aws("ecr", "batch-get-image", "--repository-name", "cli/api", "--image-ids", "imageTag=v1",
                        "--accepted-media-types", "application/vnd.oci.image.manifest.v1+json")
    assert json.loads(fetched["images"][0]["imageManifest"])["config"]["digest"] == sha256(
        json.dumps({"architecture": "amd64", "os": "linux", "seed": "one"}).encode())
    refused = ferry.aws("ecr", "batch-get-image", "--repository-name", "cli/api", "--image-ids", "imageTag=v1",
                        "--accepted-media-types", "application/vnd.docker.distribution.manifest.v2+json")
    assert refused["images"] == [] and refused["failures"][0]["failureCode"] == "ImageNotFound"

    # The same manifest under the same tag already exists; a layer download URL works on its own.
    manifest_file = tmp_path / "again.json"
    manifest_file.write_text(fetched["images"][0]["imageManifest"])
    assert "ImageAlreadyExistsException" in ecr_error(ferry, "put-image", "--repository-name", "cli/api",
                                                      "--image-manifest", f"file://{manifest_file}", "--image-tag", "v1")
    url = ferry.aws("ecr", "get-download-url-for-layer", "--repository-name", "cli/api",
                    "--layer-digest", sha256(b"layer of one"))["downloadUrl"]
    assert download(url) == b"layer of one"
    assert "LayersNotFoundException" in ecr_error(ferry, "get-download-url-for-layer", "--repository-name", "cli/api",
                                                  "--layer-digest", sha256(b"never uploaded"))

    deleted = ferry.aws("ecr", "batch-delete-image", "--repository-name", "cli/api",
                        "--image-ids", "imageTag=v1", f"imageDigest={second}", "imageTag=v9")
    assert sorted(image["imageDigest"] for image in deleted["imageIds"]) == sorted([first, second])
    assert deleted["failures"][0]["failureCode"] == "ImageNotFound"
    assert ferry.aws("ecr", "list-images", "--repository-name", "cli/api")["imageIds"] == []


def download(url):
    """GETs a URL whose user information carries the credentials, as curl would."""
    parts = urllib.parse.urlsplit(url)
    plain = parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
    request = urllib.request.Request(urllib.parse.urlunsplit(plain))
    credentials = base64.b64encode(f"{parts.username}:{parts.password}".encode()).decode()
    request.add_header("Authorization", f"Basic {credentials}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def test_immutable_tags_refuse_a_second_image(ferry, tmp_path):
    ferry.aws("ecr", "create-repository", "--repository-name", "cli/frozen", "--image-tag-mutability", "IMMUTABLE")
    put_image_boto3(ferry, "cli/frozen", "one", tag="release")
    config_digest = sha256(json.dumps({"architecture": "amd64", "os": "linux", "seed": "one"}).encode())
    other = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest,
                                   "size": len(json.dumps({"architecture": "amd64", "os": "linux", "seed": "one"}))},
                        "layers": []})
    other_file = tmp_path / "other.json"
    other_file.write_text(other)
    assert "ImageTagAlreadyExistsException" in ecr_error(ferry, "put-image", "--repository-name", "cli/frozen",
                                                         "--image-manifest", f"file://{other_file}", "--image-tag", "release")
    ferry.aws("ecr", "put-image", "--repository-name", "cli/frozen", "--image-manifest", f"file://{other_file}", "--image-tag", "next")


def test_authorization_token(ferry):
    data = ferry.aws("ecr", "get-authorization-token")["authorizationData"][0]
    assert data["proxyEndpoint"] == f"http://{ferry.registry}"
    user, password = base64.b64decode(data["authorizationToken"]).decode().split(":", 1)
    assert user == "AWS" and password
    expires_in = data["expiresAt"] - time.time()
    assert 11.9 * 3600 < expires_in <= 12 * 3600 + 60
    login_password = ferry_login_password(ferry)
    assert login_password and login_password.strip() == login_password


def ferry_login_password(ferry):
    env = aws_environment()
    result = subprocess.run(["aws", "--endpoint-url", ferry.endpoint, "ecr", "get-login-password"], env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def aws_environment():
    from conftest import ACCESS_KEY_ID, REGION, SECRET_ACCESS_KEY
    return dict(os.environ, AWS_ACCESS_KEY_ID=ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY=SECRET_ACCESS_KEY,
                AWS_DEFAULT_REGION=REGION, AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null", AWS_PAGER="")


def docker_available():
    return shutil.which("docker") and subprocess.run(["docker", "image", "inspect", TEST_IMAGE],
                                                     capture_output=True).returncode == 0


@pytest.fixture
def docker(ferry, tmp_path):
    """A docker client logged in to Ferry's registry with `get-login-password | docker login`, its
    configuration in a directory of its own."""
    if not docker_available():
        pytest.skip(f"needs the docker client, an engine and the image {TEST_IMAGE} (scripts/make-test-image)")
    env = dict(os.environ, DOCKER_CONFIG=str(tmp_path / "docker-config"))
    login = subprocess.run(
        f"aws --endpoint-url {ferry.endpoint} ecr get-login-password | docker login --username AWS --password-stdin {ferry.registry}",
        shell=True, env={**aws_environment(), "DOCKER_CONFIG": env["DOCKER_CONFIG"]}, capture_output=True, text=True)
    assert login.returncode == 0, login.stderr
    assert "Login Succeeded" in login.stdout
    local_tags = []

    def run(*arguments, check=True):
        result = subprocess.run(["docker", *arguments], env=env, capture_output=True, text=True, timeout=300)
        if check:
            assert result.returncode == 0, f"docker {' '.join(arguments)}: {result.stderr}"
        return result

    def tag(reference):
        run("tag", TEST_IMAGE, reference)
        local_tags.append(reference)

    run.tag = tag
    yield run
    for reference in local_tags:
        subprocess.run(["docker", "rmi", reference], capture_output=True)


def test_docker_push_is_seen_by_the_ecr_api(ferry, docker):
    uri = ferry.aws("ecr", "create-repository", "--repository-name", "cli/pushed")["repository"]["repositoryUri"]
    docker.tag(f"{uri}:v1")
    docker.tag(f"{uri}:latest")
    docker("push", f"{uri}:v1")
    docker("push", f"{uri}:latest")

    listed = ferry.aws("ecr", "list-images", "--repository-name", "cli/pushed")["imageIds"]
    assert sorted(image["imageTag"] for image in listed) == ["latest", "v1"]
    assert len({image["imageDigest"] for image in listed}) == 1
    details = ferry.aws("ecr", "describe-images", "--repository-name", "cli/pushed")["imageDetails"]
    assert len(details) == 1
    assert sorted(details[0]["imageTags"]) == ["latest", "v1"]
    assert details[0]["imageManifestMediaType"] == "application/vnd.docker.distribution.manifest.v2+json"
    assert details[0]["imageSizeInBytes"] > 100_000
    digest = details[0]["imageDigest"]
    inspected = docker("image", "inspect", f"{uri}:v1", "--format", "{{json .RepoDigests}}").stdout
    assert f"{uri}@{digest}" in inspected

    # The pushed manifest and layers are what the API hands out.
    image = ferry.aws("ecr", "batch-get-image", "--repository-name", "cli/pushed", "--image-ids", "imageTag=v1")["images"][0]
    layer = json.loads(image["imageManifest"])["layers"][0]
    available = ferry.aws("ecr", "batch-check-layer-availability", "--repository-name", "cli/pushed",
                          "--layer-digests", layer["digest"])
    assert available["layers"][0]["layerSize"] == layer["size"]

    # An immutable tag refuses another image on the /v2/ path too.
    ferry.aws("ecr", "put-image-tag-mutability", "--repository-name", "cli/pushed", "--image-tag-mutability", "IMMUTABLE")
    docker("rmi", f"{uri}:v1")
    other = subprocess.run(["docker", "build", "-q", "-t", f"{uri}:v1", "-"], env={**os.environ, "DOCKER_BUILDKIT": "0"},
                           input=f"FROM {TEST_IMAGE}\nLABEL ferry.test=immutable\n", capture_output=True, text=True, timeout=120)
    assert other.returncode == 0, other.stderr
    refused = docker("push", f"{uri}:v1", check=False)
    subprocess.run(["docker", "rmi", f"{uri}:v1"], capture_output=True)
    assert refused.returncode != 0
    assert "tag invalid" in refused.stderr, refused.stderr
    assert ferry.aws("ecr", "describe-images", "--repository-name", "cli/pushed")["imageDetails"][0]["imageDigest"] == digest

    deleted = ferry.aws("ecr", "batch-delete-image", "--repository-name", "cli/pushed", "--image-ids", f"imageDigest={digest}")
    assert sorted(image["imageTag"] for image in deleted["imageIds"]) == ["latest", "v1"]
    assert ferry.aws("ecr", "list-images", "--repository-name", "cli/pushed")["imageIds"] == []
    missing = docker("pull", f"{uri}:latest", check=False)
    assert missing.returncode != 0


def test_lifecycle_policies_preview_and_expire(ferry, tmp_path):
    ferry.aws("ecr", "create-repository", "--repository-name", "cli/ci")
    assert "LifecyclePolicyNotFoundException" in ecr_error(ferry, "get-lifecycle-policy", "--repository-name", "cli/ci")
    digests = []
    for index in range(4):
        digests.append(put_image_boto3(ferry, "cli/ci", f"build-{index}", tag=f"build-{index}"))
        time.sleep(0.01)
    untagged = put_image_boto3(ferry, "cli/ci", "scratch")

    policy = json.dumps({"rules": [
        {"rulePriority": 1, "description": "keep two builds",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["build-*"], "countType": "imageCountMoreThan", "countNumber": 2},
         "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "untagged images go",
         "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1},
         "action": {"type": "expire"}},
    ]})
    bad = json.dumps({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "countType": "imageCountMoreThan",
                                                                   "countNumber": 1}, "action": {"type": "expire"}}]})
    assert "InvalidParameterException" in ecr_error(ferry, "put-lifecycle-policy", "--repository-name", "cli/ci",
                                                    "--lifecycle-policy-text", bad)

    # The preview of a policy not yet in force changes nothing.
    started = ferry.aws("ecr", "start-lifecycle-policy-preview", "--repository-name", "cli/ci", "--lifecycle-policy-text", policy)
    assert started["status"] == "COMPLETE"
    preview = ferry.aws("ecr", "get-lifecycle-policy-preview", "--repository-name", "cli/ci")
    assert preview["status"] == "COMPLETE"
    assert preview["summary"]["expiringImageTotalCount"] == 2
    assert [result["imageDigest"] for result in preview["previewResults"]] == digests[:2]
    assert all(result["action"]["type"] == "EXPIRE" and result["appliedRulePriority"] == 1 for result in preview["previewResults"])
    assert len(ferry.aws("ecr", "describe-images", "--repository-name", "cli/ci")["imageDetails"]) == 5
    time.sleep(2)
    assert len(ferry.aws("ecr", "describe-images", "--repository-name", "cli/ci")["imageDetails"]) == 5

    ferry.aws("ecr", "put-lifecycle-policy", "--repository-name", "cli/ci", "--lifecycle-policy-text", policy)
    assert ferry.aws("ecr", "get-lifecycle-policy", "--repository-name", "cli/ci")["lifecyclePolicyText"] == policy
    deadline = time.time() + 30
    while time.time() < deadline:
        remaining = {image["imageDigest"] for image in
                     ferry.aws("ecr", "describe-images", "--repository-name", "cli/ci")["imageDetails"]}
        if len(remaining) == 3:
            break
        time.sleep(0.5)
    assert remaining == {digests[2], digests[3], untagged}
    assert "lastEvaluatedAt" in ferry.aws("ecr", "get-lifecycle-policy", "--repository-name", "cli/ci")

    deleted = ferry.aws("ecr", "delete-lifecycle-policy", "--repository-name", "cli/ci")
    assert deleted["lifecyclePolicyText"] == policy
    assert "LifecyclePolicyNotFoundException" in ecr_error(ferry, "delete-lifecycle-policy", "--repository-name", "cli/ci")


def test_the_same_operations_through_boto3(ferry):
    ecr = ferry.client("ecr")
    ecr.create_repository(repositoryName="boto/app", tags=[{"Key": "owner", "Value": "boto"}])
    pages = list(ecr.get_paginator("describe_repositories").paginate(PaginationConfig={"PageSize": 1}))
    assert any(repository["repositoryName"] == "boto/app" for page in pages for repository in page["repositories"])
    assert ecr.list_images(repositoryName="boto/app")["imageIds"] == []
    with pytest.raises(ecr.exceptions.RepositoryNotFoundException):
        ecr.describe_images(repositoryName="boto/missing")
    with pytest.raises(ecr.exceptions.LayersNotFoundException):
        ecr.put_image(repositoryName="boto/app", imageTag="x", imageManifest=json.dumps({
            "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": sha256(b"nothing"), "size": 7},
            "layers": []}))
    with pytest.raises(ecr.exceptions.LifecyclePolicyPreviewNotFoundException):
        ecr.get_lifecycle_policy_preview(repositoryName="boto/app")
    ecr.delete_repository(repositoryName="boto/app")


def test_a_public_registry_address_names_repositories_and_the_login_endpoint():
    binary = os.environ.get("FERRY_BIN") or shutil.which("ferry")
    server = FerryServer(binary, ["--registry-public-address", "https://registry.example.com"])
    try:
        uri = server.aws("ecr", "create-repository", "--repository-name", "public/web")["repository"]["repositoryUri"]
        assert uri == "registry.example.com/public/web"
        data = server.aws("ecr", "get-authorization-token")["authorizationData"][0]
        assert data["proxyEndpoint"] == "https://registry.example.com"
    finally:
        server.stop()
