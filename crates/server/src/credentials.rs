//! The root access key: taken from `FERRY_ACCESS_KEY_ID`/`FERRY_SECRET_ACCESS_KEY`, or generated
//! once and kept in `DATA_DIR/credentials` (mode 0600) in the AWS shared-credentials format, so
//! `AWS_SHARED_CREDENTIALS_FILE=DATA_DIR/credentials aws --profile ferry …` works as it is.

use std::fmt;
use std::fs;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rand::Rng;

pub const ACCESS_KEY_ID_VARIABLE: &str = "FERRY_ACCESS_KEY_ID";
pub const SECRET_ACCESS_KEY_VARIABLE: &str = "FERRY_SECRET_ACCESS_KEY";
pub const CREDENTIALS_FILE_NAME: &str = "credentials";
/// The profile name under which the credentials file holds the key.
pub const PROFILE_NAME: &str = "ferry";

#[derive(Clone, PartialEq, Eq)]
pub struct RootCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl fmt::Debug for RootCredentials {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_struct("RootCredentials").field("access_key_id", &self.access_key_id).field("secret_access_key", &"***").finish()
    }
}

/// Where the root credentials came from, for the start-up message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialsSource {
    Environment,
    File(PathBuf),
    Generated(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    #[error("{ACCESS_KEY_ID_VARIABLE} and {SECRET_ACCESS_KEY_VARIABLE} must be set together (only one of them is set)")]
    HalfSetInEnvironment,
    #[error("{variable} is empty")]
    EmptyInEnvironment { variable: &'static str },
    #[error("cannot read or write the credentials file {path}: {source}")]
    File { path: PathBuf, source: std::io::Error },
    #[error(
        "the credentials file {path} has no aws_access_key_id/aws_secret_access_key under [{PROFILE_NAME}]; delete it to have a new key generated"
    )]
    Malformed { path: PathBuf },
}

/// Resolves the root credentials: environment first, then the data directory's file, else a new
/// key written to that file.
pub fn load_or_create(
    data_dir: &Path,
    environment: impl Fn(&str) -> Option<String>,
) -> Result<(RootCredentials, CredentialsSource), CredentialsError> {
    match (environment(ACCESS_KEY_ID_VARIABLE), environment(SECRET_ACCESS_KEY_VARIABLE)) {
        (Some(access_key_id), Some(secret_access_key)) => {
            if access_key_id.is_empty() {
                return Err(CredentialsError::EmptyInEnvironment { variable: ACCESS_KEY_ID_VARIABLE });
            }
            if secret_access_key.is_empty() {
                return Err(CredentialsError::EmptyInEnvironment { variable: SECRET_ACCESS_KEY_VARIABLE });
            }
            return Ok((RootCredentials { access_key_id, secret_access_key }, CredentialsSource::Environment));
        }
        (None, None) => {}
        _ => return Err(CredentialsError::HalfSetInEnvironment),
    }
    let path = data_dir.join(CREDENTIALS_FILE_NAME);
    let file_error = |source| CredentialsError::File { path: path.clone(), source };
    match fs::read_to_string(&path) {
        Ok(text) => {
            let credentials = parse_credentials_file(&text).ok_or_else(|| CredentialsError::Malformed { path: path.clone() })?;
            // Tighten the mode if someone loosened it; the file holds a secret.
            let _ = fs::set_permissions(&path, fs::Permissions::from_mode(0o600));
            Ok((credentials, CredentialsSource::File(path)))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let credentials = generate();
            let mut file = fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path).map_err(file_error)?;
            file.write_all(render_credentials_file(&credentials).as_bytes()).map_err(file_error)?;
            file.sync_all().map_err(file_error)?;
            Ok((credentials, CredentialsSource::Generated(path)))
        }
        Err(error) => Err(file_error(error)),
    }
}

/// Reads the key from a credentials file `load_or_create` wrote (for agents on the same machine
/// as the server, and for `ferry agent --credentials-file`).
pub fn read_credentials_file(path: &Path) -> Result<RootCredentials, CredentialsError> {
    let text = fs::read_to_string(path).map_err(|source| CredentialsError::File { path: path.to_owned(), source })?;
    parse_credentials_file(&text).ok_or_else(|| CredentialsError::Malformed { path: path.to_owned() })
}

/// A new key shaped like AWS's: `AKIA` and 16 upper-case letters or digits; a 40-character secret.
pub fn generate() -> RootCredentials {
    const KEY_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const SECRET_ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut random = rand::rng();
    let mut pick = |alphabet: &[u8], length: usize| -> String {
        (0..length).map(|_| alphabet[random.random_range(0..alphabet.len())] as char).collect()
    };
    RootCredentials { access_key_id: format!("AKIA{}", pick(KEY_ALPHABET, 16)), secret_access_key: pick(SECRET_ALPHABET, 40) }
}

pub fn render_credentials_file(credentials: &RootCredentials) -> String {
    format!(
        "# Ferry's root access key. Use it with: AWS_SHARED_CREDENTIALS_FILE=<this file> aws --profile {PROFILE_NAME} ...\n[{PROFILE_NAME}]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
        credentials.access_key_id, credentials.secret_access_key
    )
}

fn parse_credentials_file(text: &str) -> Option<RootCredentials> {
    let mut in_profile = false;
    let mut access_key_id = None;
    let mut secret_access_key = None;
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) {
            in_profile = section.trim() == PROFILE_NAME;
            continue;
        }
        if !in_profile {
            continue;
        }
        if let Some((name, value)) = line.split_once('=') {
            match name.trim() {
                "aws_access_key_id" => access_key_id = Some(value.trim().to_owned()),
                "aws_secret_access_key" => secret_access_key = Some(value.trim().to_owned()),
                _ => {}
            }
        }
    }
    match (access_key_id, secret_access_key) {
        (Some(access_key_id), Some(secret_access_key)) if !access_key_id.is_empty() && !secret_access_key.is_empty() => {
            Some(RootCredentials { access_key_id, secret_access_key })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_environment(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn generates_once_then_reads_the_same_key_with_mode_0600() {
        let directory = tempfile::tempdir().unwrap();
        let (first, source) = load_or_create(directory.path(), no_environment).unwrap();
        assert!(matches!(source, CredentialsSource::Generated(_)));
        assert!(first.access_key_id.starts_with("AKIA") && first.access_key_id.len() == 20);
        assert_eq!(first.secret_access_key.len(), 40);
        let mode = fs::metadata(directory.path().join(CREDENTIALS_FILE_NAME)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let (second, source) = load_or_create(directory.path(), no_environment).unwrap();
        assert!(matches!(source, CredentialsSource::File(_)));
        assert_eq!(first, second);
    }

    #[test]
    fn environment_wins_and_must_be_complete() {
        let directory = tempfile::tempdir().unwrap();
        let both = |name: &str| Some(if name == ACCESS_KEY_ID_VARIABLE { "AKIAEXAMPLE" } else { "secret" }.to_owned());
        let (credentials, source) = load_or_create(directory.path(), both).unwrap();
        assert_eq!(source, CredentialsSource::Environment);
        assert_eq!(credentials.access_key_id, "AKIAEXAMPLE");
        assert!(!directory.path().join(CREDENTIALS_FILE_NAME).exists());
        let half = |name: &str| (name == ACCESS_KEY_ID_VARIABLE).then(|| "AKIAEXAMPLE".to_owned());
        assert!(matches!(load_or_create(directory.path(), half), Err(CredentialsError::HalfSetInEnvironment)));
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let credentials = RootCredentials { access_key_id: "AKIAX".into(), secret_access_key: "very-secret".into() };
        assert!(!format!("{credentials:?}").contains("very-secret"));
    }

    #[test]
    fn refuses_a_file_without_the_profile() {
        let directory = tempfile::tempdir().unwrap();
        fs::write(directory.path().join(CREDENTIALS_FILE_NAME), "[other]\naws_access_key_id = A\n").unwrap();
        assert!(matches!(load_or_create(directory.path(), no_environment), Err(CredentialsError::Malformed { .. })));
    }
}
