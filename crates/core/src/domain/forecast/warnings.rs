//! Things in a channel plan that are probably not what the user meant,
//! found from the plan and its forecast.

use super::Forecast;
use crate::domain::channels::{ChannelPlan, Mode};

/// One warning; channels are named by index (`labels::channel_warning_text`
/// words it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChannelWarning {
    /// The deadline falls after the forecast's last day (`horizon` days).
    DeadlineLate { horizon: u32 },
    /// `units` of the channel's units fall before the start or after the
    /// forecast's end and are not counted.
    Outside { channel: usize, units: usize },
    /// The channel has units but brings nobody (`referral`: a referral
    /// campaign with nobody yet to invite anyone).
    BringsNobody { channel: usize, referral: bool },
    /// Two channels (not referral campaigns) on the same platform reach the
    /// same audience.
    SamePlatform { a: usize, b: usize },
}

/// What in `plan` is probably not meant, given its forecast `f`.
pub fn warnings(plan: &ChannelPlan, f: &Forecast) -> Vec<ChannelWarning> {
    let mut out = Vec::new();
    if let (Some(start), Some(deadline)) = (plan.start, plan.target.deadline) {
        let day = (deadline - start).num_days();
        if day >= i64::from(plan.horizon()) {
            out.push(ChannelWarning::DeadlineLate { horizon: plan.horizon() });
        }
    }
    for (i, c) in plan.channels.iter().enumerate() {
        let Some(result) = f.channels.get(i) else { continue };
        if result.outside > 0 {
            out.push(ChannelWarning::Outside { channel: i, units: result.outside });
        }
        let brings = result.daily.iter().any(|v| *v > 0.0);
        if !result.unit_days.is_empty() && !brings {
            out.push(ChannelWarning::BringsNobody { channel: i, referral: c.mode == Mode::Referral });
        }
        // Referral campaigns reach members' friends, not the platform's audience.
        let platform = c.platform.trim();
        if !platform.is_empty() && c.mode != Mode::Referral {
            let twin =
                plan.channels.iter().enumerate().skip(i + 1).find(|(_, o)| {
                    o.mode != Mode::Referral && o.platform.trim().eq_ignore_ascii_case(platform)
                });
            if let Some((j, _)) = twin {
                out.push(ChannelWarning::SamePlatform { a: i, b: j });
            }
        }
    }
    out
}
