//! Number literals: the text of a NUMBER token to its value (int, float or complex).

use num_bigint::BigInt;

use crate::ast::Constant;

/// CPython 3.11 refuses longer decimal int literals (the int/str conversion limit).
const MAX_DECIMAL_DIGITS: usize = 4300;

/// The value of a NUMBER token's text (`0x_FF`, `1_000`, `1e-3`, `2j`, ...), or the message of
/// the SyntaxError CPython raises for it.
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let invalid = || format!("invalid number literal '{text}'");
    if let Some(imag) = lower.strip_suffix('j') {
        let value: f64 = imag.parse().map_err(|_| invalid())?;
        return Ok(Constant::Complex { real: 0.0, imag: value });
    }
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(digits) = lower.strip_prefix(prefix) {
            return BigInt::parse_bytes(digits.as_bytes(), radix).map(Constant::Int).ok_or_else(invalid);
        }
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().map(Constant::Float).map_err(|_| invalid());
    }
    if lower.len() > MAX_DECIMAL_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_DECIMAL_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
             literals to avoid decimal conversion limits.",
            lower.len()
        ));
    }
    BigInt::parse_bytes(lower.as_bytes(), 10).map(Constant::Int).ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0x_FF"), Ok(Constant::Int(255.into())));
        assert_eq!(parse_number("1_000"), Ok(Constant::Int(1000.into())));
        assert_eq!(parse_number("0o17"), Ok(Constant::Int(15.into())));
        assert_eq!(parse_number("1_0.0_1e-1_0"), Ok(Constant::Float(10.01e-10)));
        assert_eq!(parse_number("1."), Ok(Constant::Float(1.0)));
        assert_eq!(parse_number("2J"), Ok(Constant::Complex { real: 0.0, imag: 2.0 }));
        assert_eq!(parse_number("000"), Ok(Constant::Int(0.into())));
        assert!(parse_number(&"1".repeat(4301)).is_err());
    }
}
