//! The number fields: what typed text is read as, and how it is refused.

#[test]
fn typed_numbers_are_read_leniently_and_refused_clearly() {
    use qunce::components::number::{check, parse_number, NumberError};
    use qunce_core::labels::show_number;
    assert_eq!(parse_number("1,500", false), Ok(Some(1500)));
    assert_eq!(parse_number(" ¥2 000 ", false), Ok(Some(2000)));
    assert_eq!(parse_number("１２", false), Ok(Some(12)), "full-width digits");
    assert_eq!(parse_number("35.5%", true), Ok(Some(355)));
    assert_eq!(parse_number("35。5", true), Ok(Some(355)));
    assert_eq!(parse_number(".5", true), Ok(Some(5)));
    assert_eq!(parse_number("3.", true), Ok(Some(30)));
    assert_eq!(parse_number("2.50", true), Ok(Some(25)));
    assert_eq!(parse_number("", true), Ok(None));
    assert_eq!(parse_number("-3", false), Err(NumberError::Negative));
    assert_eq!(parse_number("abc", false), Err(NumberError::NotNumber));
    assert_eq!(parse_number("1e5", false), Err(NumberError::NotNumber));
    assert_eq!(parse_number("1.2.3", true), Err(NumberError::NotNumber));
    assert_eq!(parse_number(".", true), Err(NumberError::NotNumber));
    assert_eq!(parse_number("2.5", false), Err(NumberError::Whole));
    assert_eq!(parse_number("2.55", true), Err(NumberError::OneDecimal));
    assert_eq!(parse_number("99999999999999999999", false), Err(NumberError::TooLarge));
    assert_eq!(check("0", true, 1, 36_500, false), Err(NumberError::TooSmall), "half-life 0");
    assert_eq!(check("", false, 0, 10, false), Err(NumberError::Required));
    assert_eq!(check("", false, 0, 10, true), Ok(None));
    assert_eq!(check("11", false, 0, 10, false), Err(NumberError::TooLarge));
    assert_eq!(show_number(355, true), "35.5");
    assert_eq!(show_number(350, true), "35");
    assert_eq!(show_number(7, false), "7");
}
