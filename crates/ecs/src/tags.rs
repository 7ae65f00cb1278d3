//! Resource tags as ECS checks and merges them.

use crate::error::EcsError;
use crate::generated::Tag;

/// ECS allows at most 50 user tags per resource.
pub const MAX_TAGS_PER_RESOURCE: usize = 50;

/// Checks tags given in a request beyond what the model's constraints already checked: each has a
/// key, keys are unique, and none uses the `aws:` prefix AWS reserves for itself.
pub fn check_new_tags(tags: &[Tag]) -> Result<(), EcsError> {
    let mut seen = std::collections::BTreeSet::new();
    for (index, tag) in tags.iter().enumerate() {
        let Some(key) = tag.key.as_deref() else {
            return Err(EcsError::invalid_parameter(format!("tags[{index}]: a tag needs a key.")));
        };
        if key.to_ascii_lowercase().starts_with("aws:") {
            return Err(EcsError::invalid_parameter(format!(
                "tags[{index}]: the key '{key}' uses the prefix 'aws:', which is reserved for AWS."
            )));
        }
        if !seen.insert(key) {
            return Err(EcsError::invalid_parameter(format!("tags[{index}]: the key '{key}' appears more than once.")));
        }
    }
    if tags.len() > MAX_TAGS_PER_RESOURCE {
        return Err(EcsError::invalid_parameter(format!(
            "A resource can have at most {MAX_TAGS_PER_RESOURCE} tags; {} were given.",
            tags.len()
        )));
    }
    Ok(())
}

/// Adds or overwrites `new` on `existing`, keeping the order in which keys first appeared.
pub fn merge_tags(existing: &[Tag], new: &[Tag]) -> Result<Vec<Tag>, EcsError> {
    check_new_tags(new)?;
    let mut merged = existing.to_vec();
    for tag in new {
        match merged.iter_mut().find(|current| current.key == tag.key) {
            Some(current) => current.value = tag.value.clone(),
            None => merged.push(tag.clone()),
        }
    }
    if merged.len() > MAX_TAGS_PER_RESOURCE {
        return Err(EcsError::invalid_parameter(format!(
            "A resource can have at most {MAX_TAGS_PER_RESOURCE} tags; adding these would give it {}.",
            merged.len()
        )));
    }
    Ok(merged)
}

pub fn remove_tags(existing: &[Tag], keys: &[String]) -> Vec<Tag> {
    existing.iter().filter(|tag| !tag.key.as_ref().is_some_and(|key| keys.contains(key))).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(key: &str, value: &str) -> Tag {
        Tag { key: Some(key.into()), value: Some(value.into()) }
    }

    #[test]
    fn merging_overwrites_values_and_appends_new_keys() {
        let merged = merge_tags(&[tag("a", "1"), tag("b", "2")], &[tag("b", "3"), tag("c", "4")]).unwrap();
        assert_eq!(merged, vec![tag("a", "1"), tag("b", "3"), tag("c", "4")]);
        assert_eq!(remove_tags(&merged, &["a".into(), "zz".into()]), vec![tag("b", "3"), tag("c", "4")]);
    }

    #[test]
    fn refuses_reserved_duplicate_and_too_many() {
        assert!(check_new_tags(&[tag("aws:x", "1")]).is_err());
        assert!(check_new_tags(&[tag("AWS:x", "1")]).is_err());
        assert!(check_new_tags(&[tag("a", "1"), tag("a", "2")]).is_err());
        assert!(check_new_tags(&[Tag { key: None, value: Some("v".into()) }]).is_err());
        let fifty: Vec<Tag> = (0..50).map(|index| tag(&format!("k{index}"), "v")).collect();
        assert!(merge_tags(&fifty, &[tag("k0", "w")]).is_ok());
        assert!(merge_tags(&fifty, &[tag("new", "w")]).is_err());
    }
}
