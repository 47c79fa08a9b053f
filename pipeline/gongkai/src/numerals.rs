//! Arabic and Chinese numerals.
//!
//! GOLD_FORMAT: "Numbers written in Chinese numerals count (`两件` -> 2);
//! `10.2万条` -> 102000", full-width digits count, amounts are in yuan.

/// Value of one Chinese digit character (0–9), if it is one.
pub fn cn_digit(c: char) -> Option<i64> {
    Some(match c {
        '零' | '〇' | '○' | '◯' | 'O' | 'o' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Multiplier of a Chinese unit character below 万.
fn small_unit(c: char) -> Option<i64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Multiplier of a Chinese section unit (万, 亿).
fn big_unit(c: char) -> Option<i64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// True for characters that can appear inside a Chinese numeral.
pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() && !matches!(c, 'O' | 'o' | '幺')
        || small_unit(c).is_some()
        || big_unit(c).is_some()
}

/// Fold full-width digits and punctuation used in numbers to ASCII.
fn fold_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '．' => '.',
            '，' => ',',
            _ => c,
        })
        .collect()
}

/// Parse an integer written in Arabic digits or Chinese numerals (两件 → 2).
///
/// Accepts `1,234`, `１２`, `十二`, `一百零五`, `两千三百`, `3万`, `10.2万`
/// (→ 102000; a decimal that does not give a whole number is rejected),
/// `20余万` (→ 200000: the round figure stated, as for 58余条).
pub fn parse_int(s: &str) -> Option<i64> {
    let s = fold_digits(s.trim());
    if s.is_empty() {
        return None;
    }
    // Arabic digits, with optional thousands separators, optional decimal
    // and an optional trailing 万/亿.
    let (num, mult) = match s.chars().last().and_then(big_unit) {
        Some(m) => (
            &s[..s.len() - s.chars().last().map_or(0, char::len_utf8)],
            m,
        ),
        None => (s.as_str(), 1),
    };
    let num = if mult > 1 {
        num.trim_end_matches(['余', '多']).trim_end()
    } else {
        num
    };
    if !num.is_empty()
        && num
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return parse_decimal_scaled(num, mult);
    }
    parse_chinese(&s)
}

/// `num` (ASCII digits, commas, at most one dot) times `mult`, when whole.
fn parse_decimal_scaled(num: &str, mult: i64) -> Option<i64> {
    let num: String = num.chars().filter(|&c| c != ',').collect();
    if num.starts_with('.') || num.ends_with('.') || num.matches('.').count() > 1 {
        return None;
    }
    let (int_part, frac_part) = num.split_once('.').unwrap_or((&num, ""));
    if int_part.is_empty() || int_part.len() > 15 || frac_part.len() > 8 {
        return None;
    }
    let int: i64 = int_part.parse().ok()?;
    let mut frac_value = 0i64;
    let mut scale = 1i64;
    for c in frac_part.chars() {
        frac_value = frac_value * 10 + c.to_digit(10)? as i64;
        scale *= 10;
    }
    let whole = int.checked_mul(mult)?;
    let frac = frac_value.checked_mul(mult)?;
    if frac % scale != 0 {
        return None;
    }
    whole.checked_add(frac / scale)
}

/// A pure Chinese numeral: `十二`, `一百零五`, `两万三千`, or a digit string
/// such as `二〇一四` (read digit by digit).
fn parse_chinese(s: &str) -> Option<i64> {
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() || !chars.iter().all(|&c| is_cn_numeral_char(c)) {
        return None;
    }
    // Digit-by-digit form (years): no unit characters at all.
    if chars.iter().all(|&c| cn_digit(c).is_some()) {
        if chars.len() == 1 {
            return cn_digit(chars[0]);
        }
        if chars.len() > 12 {
            return None;
        }
        return chars
            .iter()
            .try_fold(0i64, |acc, &c| Some(acc * 10 + cn_digit(c)?));
    }
    let mut total = 0i64; // completed 万/亿 sections
    let mut section = 0i64; // value below the current big unit
    let mut digit: Option<i64> = None;
    for &c in &chars {
        if let Some(d) = cn_digit(c) {
            if matches!(digit, Some(prev) if prev != 0) {
                return None; // two digits in a row without a unit: 二三
            }
            digit = Some(d);
        } else if let Some(u) = small_unit(c) {
            // 十 alone means 10 (十二 = 12).
            let d = digit.take().unwrap_or(1);
            section += d * u;
        } else if let Some(u) = big_unit(c) {
            section += digit.take().unwrap_or(0);
            if section == 0 && total == 0 {
                section = 1;
            }
            total = (total + section).checked_mul(u)?;
            section = 0;
        }
    }
    section += digit.unwrap_or(0);
    total.checked_add(section)
}

/// An amount of money in yuan: `3940元`, `约36万元` → 360000, `0.5万元`,
/// `三千元`. Returns None when the text holds no amount.
pub fn parse_yuan(s: &str) -> Option<f64> {
    let s = fold_digits(s.trim());
    let s = s.trim_start_matches(['约', '共', '计', '合']);
    let s = s
        .strip_suffix("人民币")
        .unwrap_or(s)
        .trim_end_matches('元')
        .trim();
    let (num, mult) = if let Some(n) = s.strip_suffix('万') {
        (n.trim(), 10_000.0)
    } else {
        (s, 1.0)
    };
    if num.is_empty() {
        return None;
    }
    if num
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        let clean: String = num.chars().filter(|&c| c != ',').collect();
        let v: f64 = clean.parse().ok()?;
        return Some((v * mult * 100.0).round() / 100.0);
    }
    parse_chinese(num).map(|v| v as f64 * mult)
}

/// The same ordinal in the other numerals (一 and 1, 十二 and 12): the
/// form's （一）予以公开 is printed 1.予以公开 on some pages.
pub fn ordinal_twin(ord: &str) -> Option<String> {
    const CN: [&str; 20] = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
        "十五", "十六", "十七", "十八", "十九", "二十",
    ];
    if let Ok(n) = ord.parse::<usize>() {
        return CN.get(n.checked_sub(1)?).map(|s| s.to_string());
    }
    CN.iter()
        .position(|c| *c == ord)
        .map(|i| (i + 1).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_both_numerals() {
        assert_eq!(ordinal_twin("二").as_deref(), Some("2"));
        assert_eq!(ordinal_twin("12").as_deref(), Some("十二"));
        assert_eq!(ordinal_twin("甲"), None);
    }

    #[test]
    fn arabic_and_full_width() {
        assert_eq!(parse_int("146"), Some(146));
        assert_eq!(parse_int(" 0 "), Some(0));
        assert_eq!(parse_int("１２"), Some(12));
        assert_eq!(parse_int("13,056"), Some(13056));
        assert_eq!(parse_int("12a"), None);
        assert_eq!(parse_int(""), None);
    }

    #[test]
    fn wan_with_decimal() {
        assert_eq!(parse_int("10.2万"), Some(102_000));
        assert_eq!(parse_int("3万"), Some(30_000));
        assert_eq!(parse_int("20余万"), Some(200_000));
        assert_eq!(parse_int("20余"), None);
        assert_eq!(parse_int("1.23456万"), None);
        assert_eq!(parse_int("1.5"), None);
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_int("两"), Some(2));
        assert_eq!(parse_int("十"), Some(10));
        assert_eq!(parse_int("十二"), Some(12));
        assert_eq!(parse_int("二十"), Some(20));
        assert_eq!(parse_int("一百零五"), Some(105));
        assert_eq!(parse_int("两千三百"), Some(2300));
        assert_eq!(parse_int("三万二千"), Some(32_000));
        assert_eq!(parse_int("零"), Some(0));
        assert_eq!(parse_int("二〇一四"), Some(2014));
        assert_eq!(parse_int("二三十"), None);
    }

    #[test]
    fn yuan_amounts() {
        assert_eq!(parse_yuan("约36万元"), Some(360_000.0));
        assert_eq!(parse_yuan("3940元"), Some(3940.0));
        assert_eq!(parse_yuan("0.5万元"), Some(5000.0));
        assert_eq!(parse_yuan("三千元"), Some(3000.0));
        assert_eq!(parse_yuan("元"), None);
    }
}
