//! Example canvases, written for this tool from the cases in DOMAIN.md, in
//! both languages. Loading one always creates a new plan.

use chrono::NaiveDate;

use crate::domain::canvas::{
    BenefitTiming, Cadence, CommunityKind, LifeKind, Lifecycle, Positioning, ProfitItem, ProfitSource,
    RhythmItem, Segment, Stage, Threshold,
};
use crate::domain::channels::{Channel, ChannelPlan, Mode, RewardTier, Schedule, Target};
use crate::domain::simulate::{Intervention, InterventionKind, Kpi, KpiTarget, Params, Range, SimPlan};
use crate::domain::tiers::{Level, LevelTexts, TierPlan};
use crate::domain::{Plan, PlanId};
use crate::i18n::{Key, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    JobSprint,
    HomeService,
    PaidCircle,
    School,
}

impl Example {
    pub const ALL: [Example; 4] =
        [Example::JobSprint, Example::HomeService, Example::PaidCircle, Example::School];

    /// A new plan `id` with all four steps of this example, in `lang`;
    /// `start` is its channel plan's start date.
    pub fn plan(self, id: PlanId, lang: Lang, now_ms: i64, start: NaiveDate) -> Plan {
        let mut plan = Plan::new(id, lang.t(self.title()), now_ms);
        plan.positioning = self.canvas(lang);
        plan.channels = self.channels(lang, start).unwrap_or_default();
        plan.tiers = self.tiers(lang).unwrap_or_default();
        plan.simulation = self.simulation().unwrap_or_default();
        plan
    }

    pub fn title(self) -> Key {
        match self {
            Example::JobSprint => Key::ExampleJob,
            Example::HomeService => Key::ExampleHome,
            Example::PaidCircle => Key::ExamplePaid,
            Example::School => Key::ExampleSchool,
        }
    }

    pub fn canvas(self, lang: Lang) -> Positioning {
        let zh = lang == Lang::Zh;
        let t = |zh_text: &str, en_text: &str| if zh { zh_text.to_owned() } else { en_text.to_owned() };
        let seg = |label: (&str, &str), tags: (&str, &str), needs: (&str, &str)| Segment {
            label: t(label.0, label.1),
            tags: t(tags.0, tags.1),
            needs: t(needs.0, needs.1),
        };
        let item = |title: (&str, &str), cadence| RhythmItem { title: t(title.0, title.1), cadence };
        let profit =
            |source, note: (&str, &str), amount: u64| ProfitItem { source, note: t(note.0, note.1), amount };
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        match self {
            Example::JobSprint => Positioning {
                name: t("城市求职冲刺营", "City Job Sprint"),
                promise: t("两周内，和同城求职者互相督促，拿到更多面试机会", "Two weeks of pushing each other with job seekers in your city, for more interviews"),
                kind: Some(CommunityKind::JobSeeking),
                tone: t("务实、互助、每天都有进展", "Practical and helpful, with progress every day"),
                segments: vec![
                    seg(("应届毕业生", "New graduates"), ("校招、一线城市", "campus hiring, big cities"), ("不会写简历，面试经验少，招聘信息不对称", "Weak CVs, little interview practice, patchy information about openings")),
                    seg(("转行求职者", "Career changers"), ("在职、三年以内经验", "employed, under three years' experience"), ("不清楚新岗位要求，缺少内推渠道", "Unsure what the new role needs, no referral contacts")),
                ],
                value_tangible: t("每晚一道真实面试题\n未公开的求职资料包\n内推岗位汇总", "A real interview question every night\nAn unpublished job-hunting pack\nA digest of referral openings"),
                value_intangible: t("同城伙伴的督促\n求职焦虑有人理解", "Peers in your city who keep you going\nPeople who understand the stress of job hunting"),
                goal: t("每位成员两周内至少拿到一次面试", "Every member lands at least one interview within two weeks"),
                leader: t("运营负责人带 10 位城市群主", "The community lead, with 10 city group leaders"),
                persona: t("做过招聘的过来人，说话直接，乐于帮人改简历", "A former recruiter: direct, and happy to fix people's CVs"),
                hierarchy: t("新成员 → 城市群活跃成员 → 城市群主；邀请满 10 人可进入 30 人以内的核心群，提前参加内测", "Newcomer → active city-group member → city group leader; inviting 10 people opens the core group (30 at most) with early access to internal tests"),
                threshold: Threshold {
                    join: t("城市求职冲刺营", "City Job Sprint"),
                    get: t("每晚一道真题和求职资料包", "a real interview question every night and the job-hunting pack"),
                    need: t("本周投出至少 3 份简历，并在群里打卡", "send at least 3 applications this week and check in in the group"),
                    timing: BenefitTiming::After,
                },
                rhythm: vec![
                    item(("晚 9 点真实面试题讨论", "9 pm real interview question"), Cadence::Daily { minute: 21 * 60 }),
                    item(("周四答题夜：往年笔试真题", "Thursday quiz night with past tests"), Cadence::Weekly { weekday: 3, minute: 20 * 60 }),
                    item(("周一内推岗位汇总", "Monday referral digest"), Cadence::Weekly { weekday: 0, minute: 12 * 60 }),
                ],
                rules_encouraged: t("分享面经和投递进度\n帮别人看简历", "Share interview notes and progress\nReview each other's CVs"),
                rules_forbidden: t("刷屏广告\n在群里争吵（分歧私聊解决）", "Spamming ads\nArguing in the group (settle it one to one)"),
                rules_outlets: t("每周五晚“岗位快闪”时段可以发招聘和推广", "Friday-night job flash slot for hiring posts and promotions"),
                profit: vec![
                    profit(ProfitSource::PaidKnowledge, ("简历精修服务", "CV polishing service"), 99),
                    profit(ProfitSource::Sponsorship, ("招聘企业冠名答题夜", "An employer sponsors quiz night"), 2000),
                ],
                lifecycle: Lifecycle { kind: LifeKind::Campaign, stage: Some(Stage::Launch), review: date(2026, 12, 6) },
                extra: Default::default(),
            },
            Example::HomeService => Positioning {
                name: t("上门按摩·天使体验官", "Home Massage Angel Testers"),
                promise: t("先体验、再推荐：一起把上门按摩做成妈妈们放心的服务", "Try it first, then tell us: help shape a home massage service mothers can trust"),
                kind: Some(CommunityKind::ProductUsers),
                tone: t("温暖、体贴，像朋友一样", "Warm and caring, like a friend"),
                segments: vec![
                    seg(("宝妈", "Young mothers"), ("亚健康、腰颈酸痛、时间少", "sub-health, sore back and neck, little time"), ("带娃太累，没时间去店里，想在家放松", "Worn out by childcare, no time for a salon, want to relax at home")),
                    seg(("互联网从业者", "Tech workers"), ("久坐、加班、愿意尝鲜", "desk-bound, long hours, early adopters"), ("肩颈问题严重，愿意分享使用体验", "Bad shoulders and necks, happy to share what they try")),
                ],
                value_tangible: t("每月约 100 个免费体验名额\n会员专享折扣", "About 100 free trial sessions a month\nMember-only discounts"),
                value_intangible: t("天使体验官的身份和荣誉\n参与产品改进的成就感", "The title and honour of angel tester\nThe pride of shaping the product"),
                goal: t("一起把上门按摩打磨成值得推荐给朋友的服务", "Together, make home massage a service worth recommending to friends"),
                leader: t("品牌社群运营，加 3 位首批体验官", "The brand's community manager, with 3 first-wave testers"),
                persona: t("细心、耐心，每条反馈都及时回复", "Attentive and patient; answers every piece of feedback quickly"),
                hierarchy: t("天使体验官（KOL）→ 核心用户（两周内至少用一次）→ 普通用户 → 口碑群", "Angel testers (KOLs) → core users (use it at least every two weeks) → ordinary users → word-of-mouth groups"),
                threshold: Threshold {
                    join: t("天使体验官群", "the angel tester group"),
                    get: t("免费上门体验名额", "a free home session"),
                    need: t("体验后 3 天内写一篇真实反馈", "write honest feedback within 3 days of your session"),
                    timing: BenefitTiming::After,
                },
                rhythm: vec![
                    item(("早安养生小知识", "Morning wellbeing tip"), Cadence::Daily { minute: 9 * 60 }),
                    item(("周三体验反馈分享会", "Wednesday feedback circle"), Cadence::Weekly { weekday: 2, minute: 20 * 60 }),
                    item(("线下体验日", "Offline experience day"), Cadence::Monthly { day: 15 }),
                ],
                rules_encouraged: t("分享真实体验，好坏都说\n晒出放松时刻", "Share honest experiences, good and bad\nPost your moments of calm"),
                rules_forbidden: t("私下转卖体验名额\n发布与健康无关的广告", "Reselling trial sessions\nAds unrelated to health"),
                rules_outlets: t("每周六“好物集市”可以分享自家产品", "Saturday market: share your own products"),
                profit: vec![
                    profit(ProfitSource::InGroupSales, ("会员套餐", "Member package"), 299),
                    profit(ProfitSource::OfflineEvents, ("线下体验日门票", "Experience-day ticket"), 39),
                ],
                lifecycle: Lifecycle { kind: LifeKind::Retained, stage: Some(Stage::Growth), review: date(2027, 3, 1) },
                extra: Default::default(),
            },
            Example::PaidCircle => Positioning {
                name: t("数据分析百日学习圈", "100-Day Data Analysis Circle"),
                promise: t("100 天，每天进步一点，做出一个能写进简历的分析项目", "A little progress every day for 100 days, ending with a project worth putting on your CV"),
                kind: Some(CommunityKind::PaidMembership),
                tone: t("专业、鼓励、节奏清晰", "Professional, encouraging, with a clear rhythm"),
                segments: vec![
                    seg(("职场新人", "Early-career staff"), ("运营、市场、熟悉 Excel", "operations, marketing, fluent in Excel"), ("想转数据岗位，自学总是坚持不下来", "Want a data role but can't keep self-study going")),
                    seg(("在职分析师", "Working analysts"), ("SQL、进阶、带新人", "SQL, advanced, mentoring"), ("想系统提升，也愿意分享经验", "Want structured growth and like to share what they know")),
                ],
                value_tangible: t("系统课程和练习数据集\n每周作业点评", "A structured course with practice data sets\nWeekly feedback on assignments"),
                value_intangible: t("同伴打卡的陪伴\n优秀作业被展示的荣誉", "Company from peers checking in every day\nThe honour of having your work showcased"),
                goal: t("每人在 100 天内完成一个完整的数据分析项目", "Everyone finishes a complete analysis project within 100 days"),
                leader: t("主讲老师，加 3 位助教", "The lead teacher, with 3 teaching assistants"),
                persona: t("十年行业分析师，重方法，爱点评", "An analyst with ten years in the field: methodical, loves giving feedback"),
                hierarchy: t("学员 → 打卡达人 → 助教（可返还学费）→ 讲师团", "Learner → check-in star → teaching assistant (fee refunded) → teaching team"),
                threshold: Threshold {
                    join: t("百日学习圈", "the 100-day circle"),
                    get: t("全套课程和每周作业点评", "the full course and weekly feedback"),
                    need: t("支付 399 元，并承诺每周至少打卡 5 天", "pay ¥399 and commit to checking in at least 5 days a week"),
                    timing: BenefitTiming::After,
                },
                rhythm: vec![
                    item(("晨间打卡", "Morning check-in"), Cadence::Daily { minute: 7 * 60 + 30 }),
                    item(("周二直播答疑", "Tuesday live Q&A"), Cadence::Weekly { weekday: 1, minute: 20 * 60 + 30 }),
                    item(("周日作业点评", "Sunday assignment review"), Cadence::Weekly { weekday: 6, minute: 20 * 60 }),
                    item(("月度项目展示", "Monthly project showcase"), Cadence::Monthly { day: 1 }),
                ],
                rules_encouraged: t("提问前先搜索\n帮助同学解答", "Search before you ask\nHelp classmates with their questions"),
                rules_forbidden: t("分享盗版课程\n发布与学习无关的链接", "Sharing pirated courses\nLinks unrelated to learning"),
                rules_outlets: t("每月一次“资源交换”帖", "A monthly resource-swap thread"),
                profit: vec![
                    profit(ProfitSource::EntryFee, ("入圈费", "Entry fee"), 399),
                    profit(ProfitSource::PaidKnowledge, ("进阶训练营", "Advanced bootcamp"), 999),
                ],
                lifecycle: Lifecycle { kind: LifeKind::Retained, stage: Some(Stage::Launch), review: date(2027, 2, 28) },
                extra: Default::default(),
            },
            // A training school whose every class has a parents' group run by
            // its class teacher, with the teachers in one HQ group (DOMAIN.md §6).
            Example::School => Positioning {
                name: t("启明少儿英语·班级群", "Bright Start English class groups"),
                promise: t("每个孩子都被看见：老师每天点评，家长随时知道孩子学到哪里", "Every child is seen: the teacher gives feedback every day, and parents always know where their child is"),
                kind: Some(CommunityKind::Learning),
                tone: t("专业、亲切、回复及时", "Professional, friendly and quick to reply"),
                segments: vec![
                    seg(("在读学员家长", "Parents of enrolled pupils"), ("小学、双职工、英语启蒙", "primary school, both parents working, early English"), ("没时间辅导作业，想知道孩子到底学得怎样", "No time to help with homework; want to know how their child is really doing")),
                    seg(("试听家长", "Parents at a trial class"), ("开放日、朋友推荐", "open day, referred by friends"), ("报名前想先看看老师和教学效果", "Want to see the teacher and the results before enrolling")),
                ],
                value_tangible: t("每日作业点评\n每周学习报告\n老师答疑", "Daily homework feedback\nA weekly progress report\nAnswers from the teacher"),
                value_intangible: t("和老师、其他家长一起陪孩子进步", "Seeing your child progress alongside the teacher and other parents"),
                goal: t("本学期每个班 90% 的孩子按时完成每日打卡", "In every class, 90% of children complete their daily check-in on time this term"),
                leader: t("教学主管在总群里带领各班班主任", "The head of teaching, leading every class teacher through the HQ group"),
                persona: t("温和、耐心、每天准时出现的班主任", "A calm, patient class teacher who shows up on time every day"),
                hierarchy: t("教学主管 → 班主任（每班一位，都在总群）→ 家长志愿者（每班一位助手）→ 家长", "Head of teaching → class teachers (one per class, all in the HQ group) → parent volunteers (one helper per class) → parents"),
                threshold: Threshold {
                    join: t("班级家长群", "the class parents' group"),
                    get: t("每日作业点评和每周学习报告", "daily homework feedback and a weekly report"),
                    need: t("每天陪孩子完成打卡", "help your child do the daily check-in"),
                    timing: BenefitTiming::After,
                },
                rhythm: vec![
                    item(("晚 7 点半作业打卡", "7:30 pm homework check-in"), Cadence::Daily { minute: 19 * 60 + 30 }),
                    item(("周五学习报告", "Friday progress report"), Cadence::Weekly { weekday: 4, minute: 20 * 60 }),
                    item(("每月家长开放课", "Monthly open lesson for parents"), Cadence::Monthly { day: 10 }),
                ],
                rules_encouraged: t("分享孩子的进步\n家长之间交流陪读方法", "Share your child's progress\nSwap tips on helping at home"),
                rules_forbidden: t("广告和拉票链接\n在群里评论别的孩子", "Ads and vote-for-me links\nRemarks about other people's children"),
                rules_outlets: t("每月一次家长交流帖，可以分享其他资源", "A monthly parents' thread where other resources are welcome"),
                profit: vec![
                    profit(ProfitSource::PaidKnowledge, ("下学期续报", "Next term's enrolment"), 3600),
                    profit(ProfitSource::OfflineEvents, ("寒假营", "Winter camp"), 1200),
                ],
                lifecycle: Lifecycle { kind: LifeKind::Retained, stage: Some(Stage::Growth), review: date(2027, 6, 30) },
                extra: Default::default(),
            },
        }
    }

    /// The recruitment plan of the example, starting on `start`; `None` for
    /// examples that have only a canvas so far.
    pub fn channels(self, lang: Lang, start: NaiveDate) -> Option<ChannelPlan> {
        let t = |zh: &str, en: &str| if lang == Lang::Zh { zh.to_owned() } else { en.to_owned() };
        let day = |n: u64| start.checked_add_days(chrono::Days::new(n)).unwrap_or(start);
        match self {
            Example::JobSprint => {}
            Example::HomeService => return Some(home_channels(&t, &day, start)),
            Example::PaidCircle => return Some(circle_channels(&t, &day, start)),
            Example::School => return Some(school_channels(&t, &day, start)),
        }
        // Week 1: posts in job forums and old groups; week 2: the referral rule.
        let forum = Channel {
            platform: t("求职论坛", "job forums"),
            cost: 0,
            hours_x10: 10,
            reach: 3000,
            join_x10: 21,
            precision_x10: 700,
            half_life_x10: 30,
            ramp_x10: 10,
            schedule: Schedule::Weekly { per_week: 5, from: day(0), to: day(6) },
            ..Channel::preset(Mode::Guerrilla, t("求职论坛发帖", "Job-forum posts"), start)
        };
        let groups = Channel {
            platform: t("老群", "old groups"),
            reach: 800,
            join_x10: 210,
            precision_x10: 700,
            half_life_x10: 20,
            schedule: Schedule::Dates { dates: vec![day(0), day(2)] },
            ..Channel::preset(Mode::Seed, t("老群转发", "Old groups"), start)
        };
        let mut referral =
            Channel::preset(Mode::Referral, t("邀请 3 人得资料包", "Invite 3, get the job pack"), start);
        referral.cost = 200;
        referral.hours_x10 = 100;
        referral.schedule = Schedule::Dates { dates: vec![day(7)] };
        referral.referral.share_x10 = 600;
        referral.referral.invites_x10 = 80;
        referral.referral.join_x10 = 420;
        // Three days of compounding invitations: 2,000 by Wednesday of week 2.
        referral.referral.days = 3;
        referral.referral.tiers = vec![
            RewardTier {
                invites: 3,
                reward: t("未公开的求职资料包", "Unpublished job pack"),
                cost: 0,
                cap: None,
            },
            RewardTier {
                invites: 10,
                reward: t("核心群名额，抢先内测", "Core group place, early access"),
                cost: 0,
                cap: Some(30),
            },
        ];
        Some(ChannelPlan {
            start: Some(start),
            horizon_days: 60,
            target: Target {
                members: 2000,
                precise: false,
                deadline: Some(day(13)),
                budget: Some(1000),
                hours: Some(60),
            },
            channels: vec![forum, groups, referral],
            ..ChannelPlan::default()
        })
    }

    /// The tier design of the example: the three default levels and a
    /// word-of-mouth group, over 10 city groups of 200.
    pub fn tiers(self, lang: Lang) -> Option<TierPlan> {
        let mut plan = TierPlan { levels: default_levels(lang), ..TierPlan::default() };
        plan.groups.word_of_mouth = true;
        plan.promotion = TierPlan::default_promotion(plan.levels.len());
        match self {
            // Ten city groups of 200 on average; one city passed 300 (150 %).
            Example::JobSprint => {
                plan.groups.members = Some(2000);
                plan.groups.spread_pct = 150;
            }
            // Ten city groups of 400–500 mothers; the angel testers have their own group.
            Example::HomeService => {
                plan.groups.size = 450;
                plan.groups.members = None;
                plan.groups.split_by = crate::domain::tiers::SplitBy::City;
                plan.levels[0].name = lang.t(Key::LevelAngel).to_owned();
            }
            // One cohort a quarter, small groups run closely.
            // One parents' group per class of about 60; teachers lead, a parent volunteer helps.
            Example::School => {
                plan.groups.size = 60;
                plan.groups.split_by = crate::domain::tiers::SplitBy::Cohort;
                plan.groups.leader_source = crate::domain::tiers::LeaderSource::Staff;
                plan.groups.announcements = 5;
            }
            Example::PaidCircle => {
                plan.groups.size = 150;
                plan.groups.split_by = crate::domain::tiers::SplitBy::Cohort;
                plan.groups.leader_source = crate::domain::tiers::LeaderSource::Staff;
            }
        }
        Some(plan)
    }

    /// The simulator settings of the example: the self-introduction round on
    /// day 9 and the quiz night on day 11 of the sprint (DOMAIN.md §9).
    pub fn simulation(self) -> Option<SimPlan> {
        let intervention = |kind: InterventionKind, day: u32| {
            let (effect_x10, days) = kind.preset();
            Intervention { kind, day, effect_x10, days }
        };
        match self {
            Example::JobSprint => {}
            Example::HomeService => {
                return Some(SimPlan {
                    horizon_days: 120,
                    params: Params {
                        conversion: Range { low: 50, likely: 100, high: 180 },
                        ..Params::default()
                    },
                    interventions: vec![
                        intervention(InterventionKind::HelperWelcome, 1),
                        intervention(InterventionKind::BenefitDrop, 30),
                        intervention(InterventionKind::Offline, 60),
                    ],
                    // The members target is the plan's own (step 2), not typed twice.
                    targets: vec![KpiTarget { kpi: Kpi::PaidConversion, value: 100, day: 120 }],
                    ..SimPlan::default()
                });
            }
            Example::School => {
                return Some(SimPlan {
                    horizon_days: 120,
                    params: Params {
                        base_active: Range { low: 200, likely: 300, high: 400 },
                        churn: Range { low: 20, likely: 50, high: 100 },
                        conversion: Range { low: 300, likely: 500, high: 700 },
                        ..Params::default()
                    },
                    interventions: vec![
                        intervention(InterventionKind::HelperWelcome, 1),
                        intervention(InterventionKind::ThemeNight, 30),
                        intervention(InterventionKind::Offline, 60),
                    ],
                    targets: vec![
                        KpiTarget { kpi: Kpi::WeeklyActive, value: 300, day: 120 },
                        KpiTarget { kpi: Kpi::PaidConversion, value: 300, day: 120 },
                    ],
                    ..SimPlan::default()
                })
            }
            Example::PaidCircle => {
                return Some(SimPlan {
                    horizon_days: 100,
                    params: Params {
                        base_active: Range { low: 200, likely: 280, high: 350 },
                        churn: Range { low: 30, likely: 60, high: 120 },
                        conversion: Range { low: 40, likely: 100, high: 160 },
                        ..Params::default()
                    },
                    interventions: vec![
                        intervention(InterventionKind::SelfIntro, 2),
                        intervention(InterventionKind::ThemeNight, 14),
                        intervention(InterventionKind::Quiz, 50),
                    ],
                    targets: vec![
                        KpiTarget { kpi: Kpi::WeeklyActive, value: 200, day: 100 },
                        KpiTarget { kpi: Kpi::PaidConversion, value: 50, day: 100 },
                    ],
                    ..SimPlan::default()
                })
            }
        }
        let intervention = |kind: InterventionKind, day: u32, effect_x10: u32, days: u32| Intervention {
            kind,
            day,
            effect_x10,
            days,
        };
        Some(SimPlan {
            horizon_days: 30,
            params: Params {
                base_active: Range { low: 120, likely: 180, high: 240 },
                lift_per_item: Range { low: 0, likely: 5, high: 10 },
                conversion: Range { low: 10, likely: 30, high: 60 },
                ..Params::default()
            },
            interventions: vec![
                intervention(InterventionKind::SelfIntro, 9, 320, 4),
                intervention(InterventionKind::Quiz, 11, 450, 3),
            ],
            // The members target is the plan's own (step 2), not typed twice.
            targets: vec![
                KpiTarget { kpi: Kpi::Speaking, value: 500, day: 14 },
                KpiTarget { kpi: Kpi::WeeklyActive, value: 200, day: 30 },
            ],
            ..SimPlan::default()
        })
    }
}

/// Seed users, mothers' platforms, the angel-tester programme and a
/// referral offer (DOMAIN.md §4: 52 seed users, then about 1,500 mothers).
fn home_channels(
    t: &dyn Fn(&str, &str) -> String,
    day: &dyn Fn(u64) -> NaiveDate,
    start: NaiveDate,
) -> ChannelPlan {
    let friends = Channel {
        reach: 80,
        join_x10: 650,
        precision_x10: 800,
        schedule: Schedule::Dates { dates: vec![day(0)] },
        ..Channel::preset(Mode::Seed, t("亲友种子用户", "Friends and family"), start)
    };
    let mothers = Channel {
        platform: t("妈妈社区平台", "mothers' platforms"),
        cost: 500,
        hours_x10: 60,
        reach: 2000,
        join_x10: 250,
        precision_x10: 300,
        half_life_x10: 40,
        fatigue_x10: 200,
        schedule: Schedule::Weekly { per_week: 1, from: day(7), to: day(34) },
        ..Channel::preset(Mode::Seed, t("妈妈平台合作", "Mothers' platform partners"), start)
    };
    let angels = Channel {
        platform: t("品牌活动", "brand events"),
        cost: 10_000,
        hours_x10: 400,
        reach: 300,
        join_x10: 330,
        precision_x10: 900,
        // "每期八十到一百个人": every monthly intake is 80–100 people.
        fatigue_x10: 0,
        schedule: Schedule::Dates { dates: vec![day(14), day(44)] },
        ..Channel::preset(Mode::BaseArea, t("天使体验官招募", "Angel tester intake"), start)
    };
    let mut referral =
        Channel::preset(Mode::Referral, t("邀好友得体验券", "Invite a friend, get a trial voucher"), start);
    referral.schedule = Schedule::Dates { dates: vec![day(28)] };
    referral.referral.tiers = vec![RewardTier {
        invites: 2,
        reward: t("一次免费体验", "One free session"),
        cost: 60,
        cap: Some(100),
    }];
    ChannelPlan {
        start: Some(start),
        horizon_days: 90,
        target: Target {
            members: 1500,
            precise: false,
            deadline: Some(day(59)),
            budget: Some(30_000),
            hours: Some(200),
        },
        channels: vec![friends, mothers, angels, referral],
        ..ChannelPlan::default()
    }
}

/// Long-lived answers, an open live class and a classmate discount.
fn circle_channels(
    t: &dyn Fn(&str, &str) -> String,
    day: &dyn Fn(u64) -> NaiveDate,
    start: NaiveDate,
) -> ChannelPlan {
    let answers = Channel {
        platform: t("知识问答平台", "Q&A site"),
        schedule: Schedule::Weekly { per_week: 3, from: day(0), to: day(83) },
        reach: 3000,
        join_x10: 7,
        precision_x10: 800,
        ..Channel::preset(Mode::Guerrilla, t("数据分析问答", "Data-analysis answers"), start)
    };
    let live = Channel {
        platform: t("直播", "live stream"),
        cost: 800,
        hours_x10: 120,
        reach: 1500,
        join_x10: 21,
        precision_x10: 600,
        fatigue_x10: 250,
        schedule: Schedule::Dates { dates: vec![day(10), day(40), day(70)] },
        ..Channel::preset(Mode::BaseArea, t("免费公开课", "Free open class"), start)
    };
    let mut referral = Channel::preset(Mode::Referral, t("同学优惠", "Classmate discount"), start);
    referral.schedule = Schedule::Dates { dates: vec![day(45)] };
    referral.referral.share_x10 = 200;
    referral.referral.invites_x10 = 15;
    referral.referral.join_x10 = 420;
    referral.referral.tiers =
        vec![RewardTier { invites: 1, reward: t("返现 50 元", "¥50 cash back"), cost: 50, cap: None }];
    ChannelPlan {
        start: Some(start),
        horizon_days: 100,
        target: Target {
            members: 200,
            precise: true,
            deadline: Some(day(89)),
            budget: Some(8000),
            hours: Some(150),
        },
        channels: vec![answers, live, referral],
        ..ChannelPlan::default()
    }
}

/// Open days at schools (the base-area case of a QR code at a lecture),
/// parenting articles, and parents bringing parents.
fn school_channels(
    t: &dyn Fn(&str, &str) -> String,
    day: &dyn Fn(u64) -> NaiveDate,
    start: NaiveDate,
) -> ChannelPlan {
    let open_day = Channel {
        platform: t("合作小学", "partner schools"),
        cost: 1500,
        hours_x10: 160,
        reach: 400,
        join_x10: 210,
        precision_x10: 700,
        fatigue_x10: 100,
        schedule: Schedule::Weekly { per_week: 1, from: day(0), to: day(48) },
        ..Channel::preset(Mode::BaseArea, t("学校开放日试听课", "Open-day trial class at a school"), start)
    };
    let articles = Channel {
        platform: t("家长社区", "parenting forums"),
        reach: 2500,
        join_x10: 8,
        precision_x10: 600,
        schedule: Schedule::Weekly { per_week: 2, from: day(0), to: day(55) },
        ..Channel::preset(Mode::Guerrilla, t("少儿英语育儿文章", "Articles on early English"), start)
    };
    let mut referral =
        Channel::preset(Mode::Referral, t("老带新送一节课", "Bring a family, get a free lesson"), start);
    referral.schedule = Schedule::Dates { dates: vec![day(21), day(49)] };
    referral.referral.share_x10 = 250;
    referral.referral.invites_x10 = 15;
    referral.referral.join_x10 = 350;
    referral.referral.days = 14;
    referral.referral.tiers =
        vec![RewardTier { invites: 1, reward: t("免费一节课", "One free lesson"), cost: 80, cap: None }];
    ChannelPlan {
        start: Some(start),
        horizon_days: 90,
        target: Target {
            members: 550,
            precise: false,
            deadline: Some(day(59)),
            // Eight open days at ¥1,500, two referral campaigns and their
            // rewards: about ¥21,900, so the budget leaves a little room.
            budget: Some(24_000),
            hours: Some(250),
        },
        channels: vec![open_day, articles, referral],
        ..ChannelPlan::default()
    }
}

/// The three default tier levels (KOLs, core, ordinary) in `lang`.
pub fn default_levels(lang: Lang) -> Vec<Level> {
    let text = |name, labels, privileges, duties| LevelTexts {
        name: lang.t(name).to_owned(),
        labels: lang.t(labels).to_owned(),
        privileges: lang.t(privileges).to_owned(),
        duties: lang.t(duties).to_owned(),
    };
    TierPlan::default_levels([
        text(Key::LevelKol, Key::LevelKolLabels, Key::LevelKolPrivileges, Key::LevelKolDuties),
        text(Key::LevelCore, Key::LevelCoreLabels, Key::LevelCorePrivileges, Key::LevelCoreDuties),
        text(
            Key::LevelOrdinary,
            Key::LevelOrdinaryLabels,
            Key::LevelOrdinaryPrivileges,
            Key::LevelOrdinaryDuties,
        ),
    ])
}
