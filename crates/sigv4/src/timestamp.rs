//! The request timestamps SigV4 uses: parsing `X-Amz-Date` (ISO 8601 basic) and `Date`
//! (RFC 1123), and formatting times the way AWS prints them in its messages.
//!
//! Times are whole seconds since the Unix epoch (`i64`): SigV4 timestamps carry no fractions, and
//! plain integers make the clock-skew arithmetic overflow-free and easy to read.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

/// Parses `YYYYMMDD'T'HHMMSS'Z'`, the only form SigV4 signs, into seconds since the epoch.
pub(crate) fn parse_iso8601_basic(value: &str) -> Option<i64> {
    let bytes = value.as_bytes();
    if bytes.len() != 16 || bytes[8] != b'T' || bytes[15] != b'Z' {
        return None;
    }
    let year = parse_digits(&bytes[0..4])?;
    let month = parse_digits(&bytes[4..6])?;
    let day = parse_digits(&bytes[6..8])?;
    let hour = parse_digits(&bytes[9..11])?;
    let minute = parse_digits(&bytes[11..13])?;
    let second = parse_digits(&bytes[13..15])?;
    unix_seconds_from_parts(year, month, day, hour, minute, second)
}

/// Parses an RFC 1123 date (`Sun, 06 Nov 1994 08:49:37 GMT`), the form HTTP's `Date` header takes.
pub(crate) fn parse_rfc1123(value: &str) -> Option<i64> {
    let bytes = value.trim().as_bytes();
    // "Www, DD Mon YYYY HH:MM:SS GMT" is exactly 29 bytes.
    if bytes.len() != 29 {
        return None;
    }
    const WEEKDAYS: [&[u8]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
    const MONTHS: [&[u8]; 12] = [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"];
    if !WEEKDAYS.contains(&&bytes[0..3])
        || &bytes[3..5] != b", "
        || bytes[7] != b' '
        || bytes[11] != b' '
        || bytes[16] != b' '
        || bytes[19] != b':'
        || bytes[22] != b':'
        || &bytes[25..29] != b" GMT"
    {
        return None;
    }
    let day = parse_digits(&bytes[5..7])?;
    let month_index = MONTHS.iter().position(|month| *month == &bytes[8..11])?;
    let year = parse_digits(&bytes[12..16])?;
    let hour = parse_digits(&bytes[17..19])?;
    let minute = parse_digits(&bytes[20..22])?;
    let second = parse_digits(&bytes[23..25])?;
    unix_seconds_from_parts(year, month_index as u32 + 1, day, hour, minute, second)
}

fn parse_digits(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |number, digit| digit.is_ascii_digit().then(|| number * 10 + u32::from(digit - b'0')))
}

fn unix_seconds_from_parts(year: u32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Option<i64> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date = Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()?;
    let time_of_day = Time::from_hms(u8::try_from(hour).ok()?, u8::try_from(minute).ok()?, u8::try_from(second).ok()?).ok()?;
    Some(PrimitiveDateTime::new(date, time_of_day).assume_utc().unix_timestamp())
}

/// Formats seconds since the epoch as `YYYYMMDD'T'HHMMSS'Z'`.
pub(crate) fn format_iso8601_basic(unix_seconds: i64) -> String {
    match OffsetDateTime::from_unix_timestamp(unix_seconds) {
        Ok(moment) => format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            moment.year(),
            u8::from(moment.month()),
            moment.day(),
            moment.hour(),
            moment.minute(),
            moment.second()
        ),
        // Only reachable with a clock or a computed bound outside years 0000-9999; the text is
        // for a message, so say what the number is rather than fail.
        Err(_) => format!("{unix_seconds}s-since-epoch"),
    }
}

/// Whole seconds since the epoch, rounded down, saturating far outside any real clock.
pub(crate) fn unix_seconds_from_system_time(moment: SystemTime) -> i64 {
    match moment.duration_since(UNIX_EPOCH) {
        Ok(since_epoch) => i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX),
        Err(before_epoch) => {
            let before = before_epoch.duration();
            let whole_seconds = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            let rounded_down = if before.subsec_nanos() > 0 { whole_seconds.saturating_add(1) } else { whole_seconds };
            -rounded_down
        }
    }
}

pub(crate) fn system_time_from_unix_seconds(unix_seconds: i64) -> SystemTime {
    if unix_seconds >= 0 {
        UNIX_EPOCH + Duration::from_secs(unix_seconds.unsigned_abs())
    } else {
        UNIX_EPOCH - Duration::from_secs(unix_seconds.unsigned_abs())
    }
}

/// The allowed skew as AWS prints it in its clock-skew messages: `15 min.`.
pub(crate) fn describe_clock_skew(max_clock_skew: Duration) -> String {
    let seconds = max_clock_skew.as_secs();
    if seconds.is_multiple_of(60) { format!("{} min.", seconds / 60) } else { format!("{seconds} sec.") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_basic_round_trips() {
        let seconds = parse_iso8601_basic("20150830T123600Z").unwrap();
        assert_eq!(seconds, 1_440_938_160);
        assert_eq!(format_iso8601_basic(seconds), "20150830T123600Z");
        assert_eq!(parse_iso8601_basic("19700101T000000Z"), Some(0));
        assert_eq!(format_iso8601_basic(-1), "19691231T235959Z");
    }

    #[test]
    fn iso8601_basic_rejects_anything_else() {
        for malformed in [
            "",
            "20150830T123600",
            "20150830T123600z",
            "2015-08-30T12:36:00Z",
            "20150830 123600Z",
            "20151330T123600Z",
            "20150230T123600Z",
            "20150830T243600Z",
            "20150830T126000Z",
            "20150830T123660Z",
            "2015083OT123600Z",
            "+0150830T123600Z",
            "20150830T12360０Z",
        ] {
            assert_eq!(parse_iso8601_basic(malformed), None, "{malformed:?}");
        }
    }

    #[test]
    fn rfc1123_parses_the_http_date_form() {
        assert_eq!(parse_rfc1123("Sun, 30 Aug 2015 12:36:00 GMT"), parse_iso8601_basic("20150830T123600Z"));
        assert_eq!(parse_rfc1123("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        for malformed in [
            "",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
        ] {
            assert_eq!(parse_rfc1123(malformed), None, "{malformed:?}");
        }
    }

    #[test]
    fn system_time_conversions_round_down() {
        assert_eq!(unix_seconds_from_system_time(UNIX_EPOCH + Duration::from_millis(1500)), 1);
        assert_eq!(unix_seconds_from_system_time(UNIX_EPOCH - Duration::from_millis(1500)), -2);
        assert_eq!(system_time_from_unix_seconds(-5), UNIX_EPOCH - Duration::from_secs(5));
        assert_eq!(system_time_from_unix_seconds(7), UNIX_EPOCH + Duration::from_secs(7));
    }

    #[test]
    fn clock_skew_is_described_as_aws_does() {
        assert_eq!(describe_clock_skew(Duration::from_secs(900)), "15 min.");
        assert_eq!(describe_clock_skew(Duration::from_secs(90)), "90 sec.");
    }
}
