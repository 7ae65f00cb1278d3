//! Developer tasks for Ferry: `cargo xtask codegen` generates API shapes from botocore models.
//!
//! `cargo xtask codegen` fetches the pinned botocore release from PyPI (with `pip download`,
//! cached under `~/.cache/ferry-botocore`), reads each service model listed in [`SERVICES`] and
//! writes its Rust shapes. `--check` compares instead of writing, for CI. `--model ecr/2015-09-21
//! --output /tmp/ecr.rs` generates a model that is not wired yet, to try it.

mod codegen;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The botocore release the generator was written against. Newer releases may bring model features
/// the generator does not know yet, so moving this pin is a deliberate change: bump it, run
/// `cargo xtask codegen`, review the diff of the generated files.
const BOTOCORE_VERSION: &str = "1.44.8";

/// One AWS service whose shapes Ferry generates.
struct Service {
    /// The model's folder under `botocore/data`.
    model: &'static str,
    /// The generated file, relative to the workspace root.
    output: &'static str,
}

/// Every generated service. Add App Runner (`apprunner/2020-05-15`), EventBridge
/// (`events/2015-10-07`), CloudWatch Logs (`logs/2014-03-28`) and Application Auto Scaling
/// (`application-autoscaling/2016-02-06`) here as their crates arrive.
const SERVICES: &[Service] = &[
    Service { model: "ecs/2014-11-13", output: "crates/ecs/src/generated.rs" },
    Service { model: "ecr/2015-09-21", output: "crates/ecr/src/generated.rs" },
];

const USAGE: &str = "usage: cargo xtask codegen [--check] [--model <botocore model, e.g. ecr/2015-09-21> --output <file>]";

fn main() -> Result<()> {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.first().map(String::as_str) {
        Some("codegen") => codegen_command(&arguments[1..]),
        _ => {
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    }
}

fn codegen_command(arguments: &[String]) -> Result<()> {
    let mut check = false;
    let mut model = None;
    let mut output = None;
    let mut remaining = arguments.iter();
    while let Some(argument) = remaining.next() {
        match argument.as_str() {
            "--check" => check = true,
            "--model" => model = Some(remaining.next().context(USAGE)?.clone()),
            "--output" => output = Some(PathBuf::from(remaining.next().context(USAGE)?)),
            other => bail!("unknown argument {other}\n{USAGE}"),
        }
    }

    let workspace_root = workspace_root();
    let jobs: Vec<(String, PathBuf)> = match (model, output) {
        (Some(model), Some(output)) => vec![(model, output)],
        (None, None) => SERVICES.iter().map(|service| (service.model.to_owned(), workspace_root.join(service.output))).collect(),
        _ => bail!("--model and --output go together\n{USAGE}"),
    };

    let data_dir = botocore_data_dir()?;
    let mut stale = Vec::new();
    for (model_path, output_path) in jobs {
        let model = read_model(&data_dir, &model_path)?;
        let source = codegen::generate(&model, BOTOCORE_VERSION, &model_path).with_context(|| format!("generating {model_path}"))?;
        let source = rustfmt(&source, &workspace_root)?;
        let current = fs::read_to_string(&output_path).unwrap_or_default();
        if current == source {
            println!("{} is up to date ({model_path})", output_path.display());
        } else if check {
            stale.push(output_path.display().to_string());
        } else {
            fs::write(&output_path, &source).with_context(|| format!("writing {}", output_path.display()))?;
            println!("wrote {} ({model_path}, {} lines)", output_path.display(), source.lines().count());
        }
    }
    if !stale.is_empty() {
        bail!("generated files are stale, run `cargo xtask codegen`: {}", stale.join(", "));
    }
    Ok(())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace root").to_path_buf()
}

/// Returns `botocore/data` of the pinned release, downloading and unpacking the wheel on first use.
fn botocore_data_dir() -> Result<PathBuf> {
    let home = std::env::var_os("HOME").context("HOME is not set")?;
    let cache_dir = PathBuf::from(home).join(".cache/ferry-botocore").join(BOTOCORE_VERSION);
    let unpacked_dir = cache_dir.join("unpacked");
    let data_dir = unpacked_dir.join("botocore/data");
    if data_dir.is_dir() {
        return Ok(data_dir);
    }
    fs::create_dir_all(&cache_dir).with_context(|| format!("creating {}", cache_dir.display()))?;

    let wheel = match find_wheel(&cache_dir)? {
        Some(wheel) => wheel,
        None => {
            eprintln!("downloading botocore {BOTOCORE_VERSION} into {}", cache_dir.display());
            run(Command::new("python3")
                .args(["-m", "pip", "download", "--no-deps", "--no-binary=:none:"])
                .arg(format!("botocore=={BOTOCORE_VERSION}"))
                .arg("-d")
                .arg(&cache_dir))?;
            find_wheel(&cache_dir)?.context("pip download left no botocore wheel")?
        }
    };

    // Unpack beside the final folder and rename, so an interrupted run leaves no half-unpacked cache.
    let staging_dir = cache_dir.join("unpacking");
    if staging_dir.exists() {
        fs::remove_dir_all(&staging_dir)?;
    }
    run(Command::new("python3").args(["-m", "zipfile", "-e"]).arg(&wheel).arg(&staging_dir))?;
    fs::rename(&staging_dir, &unpacked_dir)?;
    Ok(data_dir)
}

fn find_wheel(dir: &Path) -> Result<Option<PathBuf>> {
    let prefix = format!("botocore-{BOTOCORE_VERSION}-");
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        if name.starts_with(&prefix) && name.ends_with(".whl") {
            return Ok(Some(path));
        }
    }
    Ok(None)
}

fn run(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("starting {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed: {status}");
    }
    Ok(())
}

fn read_model(data_dir: &Path, model_path: &str) -> Result<codegen::Model> {
    let path = data_dir.join(model_path).join("service-2.json.gz");
    let file = fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let mut json = String::new();
    flate2::read::GzDecoder::new(file).read_to_string(&mut json).with_context(|| format!("gunzipping {}", path.display()))?;
    serde_json::from_str(&json).with_context(|| format!("reading {}", path.display()))
}

/// Formats generated source with the workspace's rustfmt settings.
fn rustfmt(source: &str, workspace_root: &Path) -> Result<String> {
    use std::io::Write;
    use std::process::Stdio;

    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .current_dir(workspace_root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting rustfmt")?;
    let mut stdin = child.stdin.take().context("rustfmt stdin")?;
    let input = source.to_owned();
    // Write from another thread: rustfmt may fill its stdout pipe before it has read all of stdin.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().context("running rustfmt")?;
    writer.join().expect("rustfmt writer thread").context("writing to rustfmt")?;
    if !output.status.success() {
        bail!("rustfmt failed on the generated code:\n{}", String::from_utf8_lossy(&output.stderr));
    }
    String::from_utf8(output.stdout).context("rustfmt printed non-UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern of the services Ferry generates, or plans to, must be checkable. Needs the
    /// botocore wheel (downloaded on first use): `cargo test -p xtask -- --ignored`.
    #[test]
    #[ignore = "downloads botocore"]
    fn planned_services_have_checkable_patterns() {
        const PLANNED: &[&str] = &[
            "ecs/2014-11-13",
            "ecr/2015-09-21",
            "apprunner/2020-05-15",
            "events/2015-10-07",
            "logs/2014-03-28",
            "application-autoscaling/2016-02-06",
        ];
        let data_dir = botocore_data_dir().unwrap();
        let mut unchecked = Vec::new();
        let mut total = 0;
        for service_dir in fs::read_dir(&data_dir).unwrap() {
            let service_dir = service_dir.unwrap().path();
            let Ok(versions) = fs::read_dir(&service_dir) else {
                continue;
            };
            for version_dir in versions {
                let version_dir = version_dir.unwrap().path();
                if !version_dir.join("service-2.json.gz").exists() {
                    continue;
                }
                let model_path = version_dir.strip_prefix(&data_dir).unwrap().to_string_lossy().into_owned();
                let model = read_model(&data_dir, &model_path).unwrap();
                for shape in model.shapes.values() {
                    if let Some(pattern) = &shape.pattern {
                        total += 1;
                        if let Err(reason) = codegen::translate_pattern(pattern).regex {
                            unchecked.push((model_path.clone(), pattern.clone(), reason));
                        }
                    }
                }
            }
        }
        println!("{} of {total} botocore patterns are not checkable:", unchecked.len());
        for (model_path, pattern, reason) in &unchecked {
            println!("  {model_path}: {pattern} ({reason})");
        }
        let planned: Vec<_> = unchecked.iter().filter(|(model_path, ..)| PLANNED.contains(&model_path.as_str())).collect();
        assert!(planned.is_empty(), "{planned:?}");
    }
}
