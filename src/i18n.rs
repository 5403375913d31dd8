//! Every user-facing string, in Simplified Chinese and English.
//!
//! Keys are an enum generated from one table, so a key without both
//! translations does not compile, and `Key::ALL` lets a test check that no
//! translation is empty and that both languages use the same placeholders.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    #[serde(rename = "zh")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The `lang` attribute for HTML.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the UI language from the browser's preferred languages
    /// (`navigator.languages`): the first Chinese or English entry wins;
    /// anything else falls back to English.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn t(self, key: Key) -> &'static str {
        let (zh, en) = key.texts();
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Translates and fills `{name}` placeholders.
    pub fn tf(self, key: Key, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_owned();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }
}

macro_rules! keys {
    ($($key:ident => ($zh:expr, $en:expr),)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// (Chinese, English)
            pub fn texts(self) -> (&'static str, &'static str) {
                match self { $(Key::$key => ($zh, $en),)* }
            }
        }
    };
}

keys! {
    AppName => ("群策", "Qunce"),
    Tagline => ("社群策划工作台", "Community planning workbench"),
    NavPlans => ("我的方案", "My plans"),
    SwitchLanguage => ("English", "中文"),
    SwitchLanguageLabel => ("切换为英文界面", "Switch the interface to Chinese"),
    FooterPrivacy => ("所有数据只保存在你的浏览器中，不会上传到任何服务器。", "Everything stays in your browser; nothing is sent to a server."),

    SaveSaved => ("已保存", "Saved"),
    SaveSaving => ("保存中…", "Saving…"),
    SaveFailed => ("未能保存", "Not saved"),
    SaveMemoryOnly => ("仅保存在本页", "Kept in this tab only"),
    StorageUnavailable => ("此浏览器不允许保存数据（可能是无痕模式或应用内浏览器的限制）。你的修改只保留在当前页面，关闭前请下载备份。", "This browser won't let Qunce save (private mode or an in-app browser may block it). Your changes live only in this tab — download a backup before you close it."),
    StorageFull => ("浏览器存储空间已满，最近的修改还没有保存，但仍保留在当前页面。请下载备份，或清空回收站腾出空间。", "Browser storage is full. Your latest changes are not saved yet but are kept in this tab. Download a backup, or empty the trash to make room."),
    StorageError => ("保存失败（{msg}）。修改仍保留在当前页面，请下载备份。", "Saving failed ({msg}). Your changes are kept in this tab — download a backup."),
    DownloadAllPlans => ("下载全部方案", "Download all plans"),

    LibraryIntro => ("每个方案包含四步：定位画布、招募渠道、分层设计和 KPI 模拟。方案只保存在这个浏览器里。", "Each plan has four steps: positioning canvas, recruitment channels, tiers and KPI simulator. Plans are kept only in this browser."),
    NewPlanLabel => ("新方案名称", "New plan name"),
    NewPlanPlaceholder => ("例如：求职社群两周冲刺", "e.g. Two-week job-seeking group sprint"),
    CreatePlan => ("创建方案", "Create plan"),
    DefaultPlanName => ("未命名方案", "Untitled plan"),
    CopyName => ("{name}（副本）", "{name} (copy)"),
    NoPlans => ("还没有方案。给第一个方案起个名字，开始规划你的社群。", "No plans yet. Give your first plan a name to start planning your community."),
    LastEdited => ("最后编辑 {time}", "Last edited {time}"),
    Rename => ("重命名", "Rename"),
    RenameLabel => ("“{name}”的新名称", "New name for “{name}”"),
    Duplicate => ("复制", "Duplicate"),
    Delete => ("删除", "Delete"),
    Save => ("保存", "Save"),
    Cancel => ("取消", "Cancel"),
    MovedToTrash => ("已将“{name}”移到回收站。", "Moved “{name}” to the trash."),
    Undo => ("撤销", "Undo"),
    TrashTitle => ("回收站（{n}）", "Trash ({n})"),
    TrashIntro => ("回收站里的方案会一直保留，直到你永久删除。", "Plans in the trash stay until you delete them for good."),
    TrashedAt => ("删除于 {time}", "Deleted {time}"),
    Restore => ("恢复", "Restore"),
    DeleteForever => ("永久删除", "Delete forever"),
    ConfirmDeleteForever => ("确认永久删除", "Confirm: delete forever"),

    RecoveredTitle => ("有已保存的数据无法直接读取", "Some saved data could not be read as it was"),
    RecoveredMoved => ("它已被原样移到备份位置，没有删除任何内容，原因：{reason}。", "It was moved, exactly as it was, to a backup spot — nothing was deleted. Reason: {reason}."),
    RecoveredRepaired => ("一个方案中有部分内容格式不对，已修复后打开；修复前的原始数据已另存为备份。", "A plan had parts in the wrong format. It was repaired and opened; the original was kept as a backup."),
    RecoveredStuck => ("无法另存备份（存储空间可能已满），原始数据留在原处，没有改动。原因：{reason}。", "A backup copy could not be made (storage may be full), so the original was left where it was, untouched. Reason: {reason}."),
    ReasonEmpty => ("内容为空", "it is empty"),
    ReasonTooLarge => ("数据过大", "it is too large"),
    ReasonNotJson => ("内容不是有效的数据（可能被截断或损坏）", "it is not valid data (perhaps cut off or damaged)"),
    ReasonWrongShape => ("数据结构不是群策方案", "its structure is not a Qunce plan"),
    ReasonNewer => ("它由更新版本的群策保存（格式版本 {v}），请用新版本打开", "it was saved by a newer version of Qunce (format {v}); open it with that version"),
    ReasonMisplaced => ("它与另一个方案重复，或存放位置不对", "it duplicates another plan or is stored under the wrong name"),
    Download => ("下载", "Download"),
    Dismiss => ("知道了", "Dismiss"),
    BackupsTitle => ("备份的原始数据（{n}）", "Kept raw data ({n})"),
    BackupsIntro => ("无法读取或经过修复的原始数据保存在这里，直到你删除它们。", "Raw data that could not be read, or that was repaired, stays here until you delete it."),
    Bytes => ("{n} 字节", "{n} bytes"),

    StepsNavLabel => ("方案步骤", "Plan steps"),
    StepOverview => ("概览", "Overview"),
    StepPositioning => ("定位画布", "Positioning canvas"),
    StepChannels => ("招募渠道", "Recruitment channels"),
    StepTiers => ("分层设计", "Tiers"),
    StepSimulation => ("KPI 模拟", "KPI simulator"),
    StatusStarted => ("已填写", "Started"),
    StatusEmpty => ("未开始", "Not started"),
    Progress => ("已填写 {n}/4 步", "{n} of 4 steps started"),
    PlanNameLabel => ("方案名称", "Plan name"),
    ExampleLabel => ("示例", "Example"),
    OverviewIntro => ("按顺序完成四步：先定位，再规划招募，然后设计分层，最后模拟 KPI。每一步都会自动保存。", "Work through the four steps in order: position, plan recruitment, design tiers, then simulate KPIs. Every step saves itself."),
    StepNotBuilt => ("这一步的编辑器还在开发中。方案里已经为它留好位置，以后填写的内容会和方案一起保存。", "The editor for this step is still being built. The plan already has a place for it, and what you enter later is saved with the plan."),
    PositioningIntro => ("说清楚这个社群是什么、为谁服务、成员为什么愿意留下。没有共同目标、核心人物和上升通道的群，只是一个“人堆”。", "Say what the community is, whom it serves and why members stay. A group without a shared goal, a core and a way up is just a crowd."),
    PositioningExample => ("“加入求职冲刺群，每晚 9 点练一道真实面试题；但你需要在本周投出至少 3 份简历。”", "“Join the job sprint group and practise one real interview question every night at 9 — but you need to send at least 3 applications this week.”"),
    ChannelsIntro => ("规划成员从哪里来：讲座、广告等“根据地”渠道来人快，但成本高、第二天就几乎没人加入；问答、文章等“游击战”内容见效慢，但便宜、能长期带来成员。", "Plan where members come from. “Base-area” channels such as lectures and ads bring people fast but cost a lot and fade the next day; “guerrilla” content such as Q&A answers is slow and cheap but keeps bringing people for months."),
    ChannelsExample => ("第一周在求职论坛和老群发帖，第二周发起“邀请 3 人得面试资料包”的裂变活动，两周覆盖 2000 人。", "Forum and old-group posts in week one, then an “invite 3 friends, get the interview pack” referral campaign: 2,000 people reached in two weeks."),
    TiersIntro => ("设计成员的层级、角色和晋升规则，让活跃的 20% 带动其余成员。群多了以后，用一个总群带各群群主来管理。", "Design levels, roles and promotion rules so the active 20% carry the rest. Once there are many groups, run them through a headquarters group of group leaders."),
    TiersExample => ("KOL → 核心用户 → 普通用户 → 口碑群；每个超过 40 人的群再配一名助理管理员。", "KOLs → core users → ordinary users → word-of-mouth groups, with a helper admin in every group over 40 members."),
    SimulationIntro => ("把前三步变成能向老板说明的预测：成员、活跃、转化和收入随时间的变化，以及达成每个目标的概率。", "Turn the first three steps into a forecast you can defend to your boss: members, activity, conversion and revenue over time, and the chance of hitting each target."),
    SimulationExample => ("90 天内达到 2000 名成员，周活跃率不低于 20%，免费用户转付费不低于 10%。", "2,000 members within 90 days, a weekly active rate of at least 20%, and at least 10% of free members converting to paid."),

    NotFoundTitle => ("找不到这个页面", "Page not found"),
    NotFoundBody => ("这个链接指向的页面不存在，可能是链接不完整。", "This link points to a page that doesn't exist; it may have been cut short."),
    BackToPlans => ("返回我的方案", "Back to my plans"),
    PlanMissingTitle => ("这个浏览器里没有这个方案", "This plan isn't in this browser"),
    PlanMissingBody => ("方案只保存在创建它的浏览器里。如果它来自别人，请对方发给你分享链接或方案文件。", "Plans are kept only in the browser that made them. If it came from someone else, ask them for a share link or the plan file."),
    PlanInTrash => ("这个方案在回收站里。", "This plan is in the trash."),
    BackupReminder => ("浏览器（尤其是微信等应用内浏览器）可能会清除保存的数据。建议下载一份全部方案的备份文件。", "Browsers, in-app browsers above all, may clear stored data. Keep a copy: download a backup file of all your plans."),
    RemindLater => ("稍后提醒", "Remind me later"),
    Redo => ("重做", "Redo"),
    UndoLabel => ("撤销上一步修改（Ctrl+Z）", "Undo the last change (Ctrl+Z)"),
    RedoLabel => ("重做（Ctrl+Shift+Z）", "Redo (Ctrl+Shift+Z)"),
    OtherTabCopy => ("{name}（另一个标签页）", "{name} (other tab)"),
    ConflictTitle => ("这个方案同时在另一个标签页中被修改了", "This plan was also changed in another tab"),
    ConflictBody => ("两边的修改都保留了：这里的版本照常保存，另一个标签页的版本另存为“{name}”。", "Both versions are kept: this tab's version is saved as usual, and the other tab's is saved as “{name}”."),

    CanvasIntro => ("把社群是什么、为谁服务、成员为什么留下写清楚。诊断会随你的填写实时更新。", "Write down what the community is, whom it serves and why members stay. The diagnosis updates as you type."),
    CanvasBasics => ("基本信息", "Basics"),
    FieldName => ("社群名称", "Community name"),
    FieldNameHint => ("成员会怎么称呼这个群？", "What will members call it?"),
    FieldNamePh => ("例如：城市求职冲刺营", "e.g. City Job Sprint"),
    FieldPromise => ("一句话承诺", "One-line promise"),
    FieldPromiseHint => ("加入之后，成员会得到什么改变？", "What changes for someone who joins?"),
    FieldPromisePh => ("例如：两周内和同城伙伴一起拿到更多面试", "e.g. More interviews in two weeks, with peers in your city"),
    FieldKind => ("类型", "Type"),
    FieldKindHint => ("这个社群主要满足哪种需求？", "Which need does the community mainly serve?"),
    ChooseOne => ("请选择", "Choose…"),
    KindLearning => ("学习", "Learning"),
    KindInterest => ("兴趣", "Interest"),
    KindProductUsers => ("产品用户", "Product users"),
    KindPaidMembership => ("付费会员", "Paid membership"),
    KindLocal => ("同城", "Local"),
    KindJobSeeking => ("求职", "Job-seeking"),
    KindBrandFans => ("品牌粉丝", "Brand fans"),
    KindOther => ("其他", "Other"),
    FieldTone => ("调性", "Tone"),
    FieldToneHint => ("群里说话是什么感觉？", "How does talk in the group feel?"),
    FieldTonePh => ("例如：务实、互助、每天有进展", "e.g. practical, helpful, progress every day"),
    FieldSegments => ("目标成员", "Target members"),
    FieldSegmentsHint => ("为谁服务？每类人有什么需求或痛点？", "Whom do you serve? What does each group need, or struggle with?"),
    SegmentLabel => ("人群", "Segment"),
    SegmentLabelPh => ("例如：应届毕业生", "e.g. new graduates"),
    SegmentTags => ("标签", "Tags"),
    SegmentTagsPh => ("例如：校招、一线城市", "e.g. campus hiring, big cities"),
    SegmentNeeds => ("需求与痛点", "Needs and pains"),
    SegmentNeedsPh => ("例如：不会写简历，缺少面试经验", "e.g. can't write a CV, no interview practice"),
    AddSegment => ("添加人群", "Add a segment"),
    Remove => ("移除", "Remove"),
    FieldValue => ("提供的价值", "Value given"),
    FieldValueHint => ("成员能得到什么？有形的（资料、折扣）和无形的（陪伴、身份）都写上。", "What do members get? Both tangible (materials, discounts) and intangible (company, status)."),
    ValueTangible => ("有形价值（每行一项）", "Tangible (one per line)"),
    ValueTangiblePh => ("例如：每晚一道真实面试题", "e.g. one real interview question every night"),
    ValueIntangible => ("无形价值（每行一项）", "Intangible (one per line)"),
    ValueIntangiblePh => ("例如：同城伙伴的督促", "e.g. peers who keep you going"),
    ThreeElements => ("三要素：目标、核心、层级", "The three elements: goal, core, hierarchy"),
    FieldGoal => ("共同目标", "Shared goal"),
    FieldGoalHint => ("成员一起朝什么努力？", "What are members working towards together?"),
    FieldGoalPh => ("例如：每人两周内至少拿到一次面试", "e.g. everyone lands at least one interview within two weeks"),
    FieldLeader => ("核心：谁来带领", "Core: who leads"),
    FieldLeaderHint => ("谁定方向、带节奏？", "Who sets the direction and the pace?"),
    FieldLeaderPh => ("例如：运营负责人，加 10 位城市群主", "e.g. the community lead, plus 10 city group leaders"),
    FieldPersona => ("群主人设与特质", "Owner's persona and traits"),
    FieldPersonaHint => ("群主的性格和目标会决定群的氛围。", "The owner's character and aims shape the atmosphere."),
    FieldPersonaPh => ("例如：做过 HR 的过来人，说话直接，乐于帮人改简历", "e.g. a former recruiter, direct, happy to fix people's CVs"),
    FieldHierarchy => ("层级与上升通道", "Hierarchy and the way up"),
    FieldHierarchyHint => ("成员怎样获得身份和特权？细节在“分层设计”一步完成。", "How do members earn status and privileges? The details go in the Tiers step."),
    FieldHierarchyPh => ("例如：新成员 → 活跃成员 → 群主 → 核心群", "e.g. newcomer → active member → group leader → core group"),
    OpenTiers => ("去分层设计", "Open Tiers"),
    FieldThreshold => ("入群门槛", "Entry threshold"),
    FieldThresholdHint => ("“略加门槛，福利后置”：门槛筛出精准成员，也让社群显得有价值。", "A slight threshold, with the benefit after joining, filters for the right members and signals value."),
    ThresholdJoin => ("加入", "Join"),
    ThresholdJoinPh => ("城市求职冲刺营", "City Job Sprint"),
    ThresholdGet => ("你将获得", "and you get"),
    ThresholdGetPh => ("每晚一道真题和资料包", "a real interview question every night"),
    ThresholdNeed => ("但你需要", "but you need to be / be able to"),
    ThresholdNeedPh => ("本周投出至少 3 份简历", "send at least 3 applications this week"),
    ThresholdTiming => ("福利何时兑现", "When the benefit arrives"),
    TimingBefore => ("入群前（先给福利）", "Before joining (benefit first)"),
    TimingAfter => ("入群后，完成要求时", "After joining, once the requirement is met"),
    FieldRhythm => ("内容节奏", "Content rhythm"),
    FieldRhythmHint => ("固定时间、稳定频率的内容让成员养成习惯：每天一次、每周讨论、每月活动。", "Content at fixed times builds habits: something daily, a weekly discussion, a monthly event."),
    RhythmTitle => ("内容", "Content"),
    RhythmTitlePh => ("例如：晚 9 点真题讨论", "e.g. 9 pm interview question"),
    Cadence => ("频率", "How often"),
    Daily => ("每天", "Daily"),
    Weekly => ("每周", "Weekly"),
    Monthly => ("每月", "Monthly"),
    Time => ("时间", "Time"),
    Weekday => ("星期", "Weekday"),
    DayOfMonth => ("日期", "Day of month"),
    Mon => ("周一", "Monday"),
    Tue => ("周二", "Tuesday"),
    Wed => ("周三", "Wednesday"),
    Thu => ("周四", "Thursday"),
    Fri => ("周五", "Friday"),
    Sat => ("周六", "Saturday"),
    Sun => ("周日", "Sunday"),
    DayN => ("{n} 日", "day {n}"),
    AddRhythm => ("添加内容", "Add content"),
    PerWeek => ("合计约每周 {n} 次", "About {n} a week in all"),
    FieldRules => ("群规", "Rules"),
    FieldRulesHint => ("说清楚鼓励什么、不允许什么，并给私心一个出口，比如每周固定的广告时段。", "Say what is encouraged and what is not, and give self-interest an outlet, such as a weekly ad slot."),
    RulesEncouraged => ("鼓励（每行一条）", "Encouraged (one per line)"),
    RulesEncouragedPh => ("例如：分享面经和投递进度", "e.g. share interview notes and progress"),
    RulesForbidden => ("不允许（每行一条）", "Not allowed (one per line)"),
    RulesForbiddenPh => ("例如：刷屏广告", "e.g. spamming ads"),
    RulesOutlets => ("出口（每行一条）", "Outlets (one per line)"),
    RulesOutletsPh => ("例如：每周五晚“快闪集市”可以发广告", "e.g. ads are welcome in the Friday-night flash market"),
    FieldProfit => ("盈利模式", "Profit model"),
    FieldProfitHint => ("向成员收费（入群费、群内销售、知识付费、线下活动），或向外部收费（赞助、广告、冠名）。", "Earn from members (entry fee, in-group sales, paid knowledge, offline events) or from outsiders (sponsorship, ads, naming)."),
    ProfitSource => ("来源", "Source"),
    SourceEntryFee => ("入群费（成员）", "Entry fee (members)"),
    SourceInGroupSales => ("群内销售（成员）", "In-group sales (members)"),
    SourcePaidKnowledge => ("知识付费（成员）", "Paid knowledge (members)"),
    SourceOfflineEvents => ("线下活动（成员）", "Offline events (members)"),
    SourceSponsorship => ("赞助（外部）", "Sponsorship (outsiders)"),
    SourceAds => ("广告（外部）", "Ads (outsiders)"),
    SourceNaming => ("冠名（外部）", "Naming rights (outsiders)"),
    ProfitNote => ("说明", "Note"),
    ProfitNotePh => ("例如：简历精修服务", "e.g. CV polishing service"),
    ProfitAmount => ("预计价格或金额（元）", "Expected price or amount (¥)"),
    AmountInvalid => ("请输入 0 到 100000000 之间的整数（元）。", "Enter a whole number of yuan from 0 to 100000000."),
    AddProfit => ("添加收入来源", "Add a source"),
    FieldLifecycle => ("生命周期", "Life cycle"),
    FieldLifecycleHint => ("提前想好何时复盘、解散、重建或转移成员。", "Decide early when to review, dissolve, rebuild or move members."),
    LifeCampaign => ("活动群（聚得快、散得快）", "Campaign group (gathers and ends fast)"),
    LifeRetained => ("留存社群", "Retained community"),
    Stage => ("阶段", "Stage"),
    StageLaunch => ("启动期", "Launch"),
    StageGrowth => ("成长期", "Growth"),
    StageMature => ("成熟期", "Mature"),
    StageDecline => ("衰退期", "Decline"),
    ReviewDate => ("复盘或结束日期", "Review or end date"),

    DiagTitle => ("诊断", "Diagnosis"),
    Readiness => ("完成度", "Readiness"),
    VerdictCommunity => ("这是一个社群：目标、核心、层级都有了。", "A community: it has a goal, a core and a hierarchy."),
    VerdictCrowd => ("目前更像一个“人堆”，还不是社群。", "For now this is a crowd, not yet a community."),
    PillarGoal => ("共同目标", "Shared goal"),
    PillarGoalMissing => ("没有目标，成员就没有理由回来，群很快会冷下来。", "Without a goal members have no reason to come back, and the group goes quiet."),
    PillarCore => ("核心", "Core"),
    PillarCoreMissing => ("没有核心人物定方向，群会变成一盘散沙。", "Without someone setting direction, the group turns into loose sand."),
    PillarHierarchy => ("层级", "Hierarchy"),
    PillarHierarchyMissing => ("人人平等、没有上升通道，就没人愿意维护社群，活力会被耗尽。", "With everyone equal and no way up, nobody looks after the group and its energy drains away."),
    Present => ("已具备", "present"),
    Missing => ("缺少", "missing"),
    ElementsTitle => ("六要素", "The six elements"),
    ElValue => ("价值定位", "Value positioning"),
    ElValueRisk => ("说不清是什么群、给谁什么价值，吸引来的只会是路过的人。", "If it's unclear what the group is and what it gives whom, only passers-by join."),
    ElLikeMinded => ("找同类人", "Like-minded people"),
    ElLikeMindedRisk => ("不清楚目标成员的需求，招募渠道就无从瞄准。", "Without knowing members' needs, recruitment has nothing to aim at."),
    ElKeyPeople => ("关键人物", "Key people"),
    ElKeyPeopleRisk => ("没有关键人物把成员连在一起，离开的成本太低。", "Without key people tying members together, leaving costs nothing."),
    ElRhythm => ("内容输出", "Content rhythm"),
    ElRhythmRisk => ("没有稳定的内容节奏，活跃度会跌破底线。", "Without a steady rhythm, activity falls below the floor."),
    ElRules => ("人性化规则", "Humane rules"),
    ElRulesRisk => ("没有规则和出口，广告会淹没讨论。", "Without rules and an outlet, ads drown the conversation."),
    ElProfit => ("盈利模式", "Profit model"),
    ElProfitRisk => ("没想好如何盈利、或没有先给价值，社群难以长期维持。", "Without a profit model built on real value, the community is hard to sustain."),
    WarningsTitle => ("提醒", "Warnings"),
    WarnNoThreshold => ("没有门槛：“加入就送”会招来领完福利就走的人。建议“略加门槛，福利后置”。", "No threshold: “join and get a gift” attracts people who leave after the gift. Try a slight threshold, with the benefit after joining."),
    WarnBenefitBefore => ("福利在入群前兑现，容易招来薅羊毛的人。建议入群后、完成要求时再给。", "The benefit comes before joining, which attracts freebie hunters. Give it after joining, once the requirement is met."),
    WarnRhythmEmpty => ("还没有内容节奏：没有活动的群会很快沉寂。", "No content rhythm yet: a group with no activity goes quiet fast."),
    WarnRhythmLow => ("内容每周约 {n} 次，低于每周 {floor} 次的活跃底线。", "About {n} items a week, below the activity floor of {floor} a week."),
    WarnProfitNoValue => ("规划了盈利，却还没写清提供什么价值：先有价值，才有收入。", "Profit is planned but no value is stated: value has to come first."),
    GapsTitle => ("待补充", "Gaps"),
    GapPoints => ("+{n} 分", "+{n}"),
    NoGaps => ("画布已经完整。", "The canvas is complete."),
    ExamplesTitle => ("从示例开始", "Start from an example"),
    ExamplesHint => ("示例会新建一个方案，不会覆盖你现有的方案。", "An example opens as a new plan; it never replaces a plan you have."),
    ExampleJob => ("求职社群两周冲刺", "Two-week job-seeking sprint"),
    ExampleHome => ("家政品牌种子用户群", "Home-service brand seed users"),
    ExamplePaid => ("付费学习圈", "Paid learning circle"),
    NewFromExample => ("用此示例新建：{name}", "New plan from example: {name}"),
    // Step 2: recruitment channels
    TargetTitle => ("目标", "Target"),
    TargetHint => ("要在什么日期前招到多少人，预算和人力有多少。预算或工时留空表示不设上限。", "How many people by which date, with how much money and time. Leave budget or hours empty for no limit."),
    StartDate => ("开始日期（第 1 天）", "Start date (day 1)"),
    Horizon => ("预测天数", "Days to forecast"),
    TargetMembers => ("目标人数", "Target members"),
    Deadline => ("截止日期", "Deadline"),
    TargetPrecise => ("只计算精准成员（真正的目标人群，而不是领完福利就走的人）", "Count only precise members (the people you are after, not freebie hunters)"),
    Budget => ("预算", "Budget"),
    HoursLimit => ("可投入工时", "Hours available"),
    NoLimit => ("不限", "no limit"),
    UnitDays => ("天", "days"),
    UnitPeople => ("人", "people"),
    UnitHours => ("小时", "hours"),
    UnitYuan => ("元", "yuan"),
    DeadlineBeforeStart => ("截止日期早于开始日期：按第 1 天计算。", "The deadline is before the start date: day 1 is used."),
    DateInvalid => ("请选择一个有效日期，仍使用上一个有效日期。", "Pick a valid date; the last valid date is still used."),
    DayOn => ("第 {n} 天（{date}）", "day {n} ({date})"),
    ChannelN => ("渠道 {n}", "Channel {n}"),
    VerdictNoTarget => ("按现在的安排，到{day}共约 {n} 人加入。设定目标人数，就能知道能否按时达成。", "As scheduled, about {n} people join by {day}. Set a target to see whether it is met in time."),
    VerdictReached => ("能达成：{day}达到目标，截止{deadline}时约 {n} 人。", "Target reached on {day}; about {n} by the deadline, {deadline}."),
    VerdictShort => ("达不成：截止{deadline}时约 {n} 人，目标 {target} 人，还差 {short} 人。", "Short of the target: about {n} by the deadline ({deadline}) against {target}, {short} short."),
    VerdictLater => ("按现在的节奏要到{day}才能达到。", "At this pace it is reached on {day}."),
    PlanCosts => ("花费 {money}，{hours} 小时；到{end}共约 {n} {noun}。", "Costs {money} and {hours} hours; about {n} {noun} by {end}."),
    Members => ("成员", "members"),
    PreciseMembers => ("精准成员", "precise members"),
    OverBudget => ("超出预算：计划花费 {spent}，预算 {budget}。", "Over budget: the plan spends {spent} against a budget of {budget}."),
    OverHours => ("超出工时：计划需要 {spent} 小时，可投入 {hours} 小时。", "Over the hours: the plan needs {spent} hours against {hours} available."),
    ChannelsTitle => ("渠道", "Channels"),
    ChannelsHint => ("每个渠道是在一个平台上的一类动作。先选类型，再按你的情况修改数字。", "Each channel is one kind of action on one platform. Pick a kind, then change the numbers to fit your case."),
    NoChannels => ("渠道列表是空的：至少添加一个渠道才能预测。", "The channel list is empty: add at least one channel to get a forecast."),
    ChannelsFull => ("最多 {n} 个渠道。", "At most {n} channels."),
    AddChannelGroup => ("添加渠道", "Add a channel"),
    AddChannel => ("+ {mode}渠道", "+ {mode}"),
    ModeBaseArea => ("根据地", "Base-area"),
    ModeGuerrilla => ("游击战", "Guerrilla"),
    ModeReferral => ("裂变活动", "Referral campaign"),
    ModeSeed => ("种子用户", "Seed network"),
    ModeBaseAreaHint => ("讲座、广告位、视频口播：来人快、成本高，第二天就几乎没人", "Lectures, ad slots, video mentions: fast and costly, gone the next day"),
    ModeGuerrillaHint => ("在问答、论坛发内容：慢、便宜，能持续几个月", "Answers and posts elsewhere: slow, cheap, working for months"),
    ModeReferralHint => ("邀请几人得奖励：靠已有成员带新人", "Invite N friends, get a reward: members bring members"),
    ModeSeedHint => ("亲友、合作平台、第一批活动：人少但准", "Friends, partner platforms, first events: few but right"),
    PresetBaseArea => ("讲座或活动", "Lecture or event"),
    PresetGuerrilla => ("问答回答", "Q&A answers"),
    PresetReferral => ("邀请有礼", "Invite-a-friend campaign"),
    PresetSeed => ("亲友与合作平台", "Friends and partner platforms"),
    RewardPack => ("未公开的资料包", "Unpublished resource pack"),
    RewardCoreGroup => ("进入核心群（限 30 人），抢先体验", "A place in the core group (30 max), early access"),
    ChannelName => ("渠道名称", "Channel name"),
    ChannelMode => ("类型", "Kind"),
    Platform => ("平台", "Platform"),
    CostPerUnit => ("每次花费", "Money per unit"),
    HoursPerUnit => ("每次工时", "Hours per unit"),
    Schedule => ("安排", "Schedule"),
    ScheduleKind => ("安排方式", "How units are scheduled"),
    ScheduleDates => ("指定日期（单次活动）", "On dates (one-off events)"),
    ScheduleWeekly => ("每周固定次数", "Every week"),
    UnitDateN => ("第 {n} 次日期", "Date of unit {n}"),
    RemoveDateN => ("移除第 {n} 次", "Remove unit {n}"),
    AddDate => ("+ 添加日期", "+ Add a date"),
    DatesFull => ("最多 {n} 个日期。", "At most {n} dates."),
    UnitsPerWeek => ("每周次数", "Units per week"),
    FromDate => ("从", "From"),
    ToDate => ("到", "To"),
    EndBeforeStart => ("结束日期早于开始日期，未保存；仍使用之前的安排。", "The end date is before the start date, so this was not saved; the previous schedule is kept."),
    TooManyUnits => ("这样会有 {n} 次，每个渠道最多 {max} 次，未保存；仍使用之前的安排。", "That makes {n} units; a channel holds at most {max}, so this was not saved. The previous schedule is kept."),
    UnitsSummary => ("共 {n} 次：{first} 至 {last}", "{n} units: {first} to {last}"),
    UnitsSummaryOne => ("1 次：{date}", "1 unit: {date}"),
    ColMembers => ("成员", "Members"),
    ColPrecise => ("精准成员", "Precise members"),
    NoUnits => ("还没有安排任何一次。", "No units scheduled yet."),
    Reach => ("每次触达人数", "People reached per unit"),
    JoinRate => ("入群率", "Join rate"),
    Precision => ("精准率", "Precision"),
    HalfLife => ("半衰期", "Half-life"),
    Ramp => ("起量天数", "Days to peak"),
    Fatigue => ("重复衰减", "Repetition fatigue"),
    RefShare => ("参与成员比例", "Members taking part"),
    RefInvites => ("人均邀请", "Invitations per participant"),
    RefJoin => ("被邀请人入群率", "Invitees who join"),
    RefDays => ("活动天数", "Campaign length"),
    RefModelHint => ("活动期间每天都有成员邀请新人，新人也会继续邀请，所以人数会滚动增长；活动开始前已有的成员越多，效果越好。", "During the campaign members invite people every day and newcomers invite too, so numbers compound; the more members before it starts, the more it brings."),
    Tiers => ("奖励档位", "Reward tiers"),
    TierInvites => ("邀请满", "Invite at least"),
    TierReward => ("奖励", "Reward"),
    TierCost => ("每份奖励成本", "Cost per reward"),
    TierCap => ("名额上限", "Places"),
    AddTier => ("+ 添加档位", "+ Add a tier"),
    RemoveTier => ("移除此档位", "Remove this tier"),
    RemoveChannel => ("移除渠道：{name}", "Remove channel: {name}"),
    NumRequired => ("请填写一个数字", "Enter a number"),
    NumNotNumber => ("这不是数字，请输入如 12 或 3.5 的数", "That is not a number; enter something like 12 or 3.5"),
    NumNegative => ("不能是负数", "It cannot be negative"),
    NumWhole => ("请输入整数", "Enter a whole number"),
    NumOneDecimal => ("最多保留一位小数", "Use at most one decimal place"),
    NumMin => ("最小是 {min}", "The smallest allowed is {min}"),
    NumMax => ("最大是 {max}", "The largest allowed is {max}"),
    NumKept => ("{error}。仍按上一个有效值（{value}）计算。", "{error}. The last valid value ({value}) is still used."),
    ChartTitle => ("招募预测", "Recruitment forecast"),
    ChartView => ("图表视图", "Chart view"),
    ChartCumulative => ("累计成员", "Members so far"),
    ChartDaily => ("每日加入", "Joins per day"),
    ChartTarget => ("目标 {n}", "Target {n}"),
    ChartDeadline => ("截止 {date}", "Deadline {date}"),
    ChartSummary => ("{days} 天预测：截止{deadline}约 {n} 人，预测期末约 {end} 人。", "{days}-day forecast: about {n} by the deadline, {deadline}; about {end} by the end."),
    ShowTable => ("以表格查看数据", "Show the data as a table"),
    Week => ("周", "Week"),
    WeekN => ("第 {n} 周（{date} 起）", "Week {n} (from {date})"),
    TimelineTitle => ("时间线", "Timeline of units"),
    TimelineHint => ("每个小方块是一次活动、一篇内容或一轮裂变；竖线是截止日期。", "Each mark is one event, post or campaign; the vertical line is the deadline."),
    Channel => ("渠道", "Channel"),
    UnitsCounted => ("计入次数", "Units counted"),
    UnitsOutside => ("预测期外", "Outside the forecast"),
    UnitDates => ("日期", "Dates"),
    AndMore => ("，另有 {n} 次", " and {n} more"),
    SuggestionTitle => ("最省钱的组合", "Cheapest mix"),
    SuggestionHint => ("在预算、工时和现有安排内，用你的渠道按时达标最省钱的做法：每个渠道做前几次。", "The cheapest way to meet the target in time with your channels, within budget, hours and schedule: how many units of each to run."),
    SuggestionPending => ("正在计算……", "Working it out…"),
    SuggestionMix => ("花 {money}、{hours} 小时，截止时约 {n} 人，{day}达标。", "{money} and {hours} hours bring about {n} by the deadline, reaching the target on {day}."),
    SuggestionSaves => ("比现在的计划省 {money}。", "That is {money} less than the plan as scheduled."),
    SuggestionSame => ("现在的安排已经是最省钱的达标方式。", "The plan as scheduled is already the cheapest way to meet the target."),
    SuggestionNotProven => ("渠道很多，这是在搜索上限内找到的最好组合，可能还有更省的。", "With this many channels this is the best mix found within the search limit; a cheaper one may exist."),
    SuggestionShort => ("用现有渠道，截止前达不到 {target} 人：最多约 {n} 人，还差约 {short} 人。", "No mix of these channels reaches {target} by the deadline: about {n} at most, some {short} short."),
    BindSchedule => ("安排不够：截止前排好的每一次都做，人数也不够。请增加次数或渠道，或推迟截止日期。", "The schedule binds: even every unit scheduled before the deadline is not enough. Add units or channels, or move the deadline."),
    BindBudget => ("预算不够：约 {money} 就能达标。", "The budget binds: about {money} would be enough."),
    BindHours => ("工时不够：约 {hours} 小时就能达标。", "The hours bind: about {hours} hours would be enough."),
    BindBoth => ("预算和工时同时受限：只放宽其中一个还不够。", "Budget and hours both bind: raising only one of them is not enough."),
    UnitsPlanned => ("计划次数", "Units planned"),
    UnitsSuggested => ("建议次数", "Units suggested"),
    JoinsByDeadline => ("截止时加入", "Joins by the deadline"),
    ApplyMix => ("采用这个组合", "Use this mix"),
    ApplyMixHint => ("只保留每个渠道的前几次，之后的安排会删除；可以撤销。", "Keeps each channel's first units and removes the later ones; you can undo it."),
    CostsTitle => ("成本", "Costs"),
    CostsHint => ("每个渠道的花费（含奖励）、工时和带来的人数，统计到{end}。", "Money (rewards included), hours and people per channel, up to {end}."),
    Units => ("次数", "Units"),
    Money => ("花费", "Money"),
    Hours => ("工时", "Hours"),
    JoinsByEnd => ("期末加入", "Joins by the end"),
    CostPerMember => ("每人成本", "Cost per member"),
    CostPerPrecise => ("每个精准成员成本", "Cost per precise member"),
    Total => ("合计", "Total"),
    CompareTitle => ("对比：同样的钱怎么花", "Compare: the same money, spent differently"),
    CompareHint => ("游击战内容在截止后还会继续带来成员，根据地活动一停就没有了。", "Guerrilla content keeps bringing members after the deadline; base-area events stop when you stop."),
    Strategy => ("方案", "Strategy"),
    ByDeadline => ("截止时", "By the deadline"),
    AfterDeadline => ("截止后新增", "Added after the deadline"),
    ByEnd => ("期末", "By the end"),
    StrategyPlanned => ("现在的计划", "The plan as scheduled"),
    StrategyPlannedHint => ("所有排好的次数", "every unit scheduled"),
    StrategySuggested => ("建议组合", "Suggested mix"),
    StrategySuggestedHint => ("上面算出的最省钱组合", "the cheapest mix above"),
    StrategyBaseArea => ("全部投根据地", "All on base-area"),
    StrategyBaseAreaHint => ("同样的预算，按日期先后做根据地渠道，直到钱或工时用完", "the same budget on base-area units in date order until money or hours run out"),
    StrategyGuerrilla => ("全部投游击战", "All on guerrilla"),
    StrategyGuerrillaHint => ("同样的预算，按日期先后做游击战渠道，直到钱或工时用完", "the same budget on guerrilla units in date order until money or hours run out"),
    CompareNoChannel => ("计划里没有这类渠道。", "The plan has no channel of this kind."),
    CompareNoMix => ("没有能达标的组合。", "No mix meets the target."),
    WarnDeadlineLate => ("截止日期在预测期（{days} 天）之后：按预测最后一天计算。请加长预测天数。", "The deadline is after the forecast's {days} days: its last day is used. Forecast more days."),
    WarnOutside => ("“{name}”有 {n} 次安排在预测期之外（开始日期之前或预测结束之后），没有计入。", "{n} units of “{name}” fall outside the forecast (before the start or after its end) and are not counted."),
    WarnBringsNobody => ("“{name}”不会带来任何人：触达人数或入群率是 0。", "“{name}” brings nobody: its reach or join rate is 0."),
    WarnReferralEmpty => ("“{name}”开始时群里还没有人，裂变带不来新人。请把它排在其他渠道之后。", "“{name}” starts before anyone has joined, so it brings nobody. Schedule it after your other channels."),
    WarnSamePlatform => ("“{a}”和“{b}”都在{platform}上：重复衰减按渠道分别计算，如果它们触达的是同一批人，请合并成一个渠道。", "“{a}” and “{b}” are both on {platform}: fatigue is counted per channel, so if they reach the same people, merge them into one."),
    ThresholdEffectTitle => ("门槛的影响", "What the threshold changes"),
    ThresholdOn => ("定位画布设了入群门槛：下面的影响已计入预测。", "The canvas sets a joining threshold: the effects below are in the forecast."),
    ThresholdOff => ("定位画布还没设完整的入群门槛：下面的影响暂不计入。", "The canvas has no complete joining threshold yet: the effects below are not applied."),
    ThresholdHowTo => ("在第 1 步“定位画布”的“门槛”里填写加入条件、获得什么、需要什么，就会启用。", "Fill in the threshold (join, get, need) in step 1, the positioning canvas, to apply them."),
    EffectJoin => ("入群率保留", "Join rate kept"),
    EffectJoinHint => ("有门槛后，入群率乘以这个比例", "With a threshold, join rates are multiplied by this"),
    EffectPrecision => ("精准率提升", "Precision gain"),
    EffectPrecisionHint => ("补上精准率与 100% 之间差距的这一比例", "Closes this share of the gap between precision and 100%"),
    EffectRetention => ("留存提升", "Retention gain"),
    EffectRetentionHint => ("流失减少的比例，供第 4 步 KPI 模拟使用", "Churn lowered by this share; used by step 4, the KPI simulator"),
    // Step 3: tiers
    TiersStartTitle => ("从哪里开始", "Where to start"),
    UseDefaultLevels => ("使用四层默认结构", "Use the four default levels"),
    UseDefaultLevelsHint => ("KOL、核心成员、普通成员、口碑群，比例 1/4/20/75%", "KOLs, core members, ordinary members, word-of-mouth group: 1/4/20/75 %"),
    UseRoleLabels => ("只用角色标签", "Role labels only"),
    UseRoleLabelsHint => ("人少时别急着分层：先用昵称和头衔（如天使体验官）", "With few members, skip explicit tiers: start with nicknames and titles such as angel experiencer"),
    RoleLabelsLevel => ("全体成员", "All members"),
    RoleLabelsExamples => ("天使体验官、资深群友、答疑达人", "Angel experiencer, old hand, go-to helper"),
    LevelKol => ("KOL / 领袖", "KOLs and leaders"),
    LevelKolLabels => ("舵主、天使体验官", "Helmsman, angel experiencer"),
    LevelKolPrivileges => ("专属代理群与培训\n新品抢先体验\n分销佣金", "Own agent group and training\nEarly access to new products\nDistribution commission"),
    LevelKolDuties => ("带一个分群\n每月组织一次活动", "Lead one sub-group\nRun one event a month"),
    LevelCore => ("核心成员", "Core members"),
    LevelCoreLabels => ("资深群友", "Old hand"),
    LevelCorePrivileges => ("专属福利群\n活动优先报名", "Member-benefit group\nFirst to sign up for events"),
    LevelCoreDuties => ("欢迎新人、带动讨论", "Welcome newcomers, start discussions"),
    LevelOrdinary => ("普通成员", "Ordinary members"),
    LevelOrdinaryLabels => ("群友", "Member"),
    LevelOrdinaryPrivileges => ("群内资料与答疑", "Group materials and answers"),
    LevelOrdinaryDuties => ("遵守群规", "Keep the rules"),
    LevelWord => ("口碑群", "Word-of-mouth group"),
    LevelWordLabels => ("朋友", "Friend"),
    LevelWordPrivileges => ("品牌活动与优惠消息", "News of brand events and offers"),
    LevelWordDuties => ("把群介绍给需要的朋友", "Pass the group on to friends who need it"),
    LevelN => ("第 {n} 层", "Level {n}"),
    TiersBasics => ("基本设置", "Basics"),
    TierStyle => ("分层方式", "Kind of tiers"),
    StylePyramid => ("金字塔分层", "Pyramid of levels"),
    StyleRoleLabels => ("只用角色标签", "Role labels only"),
    MembersToPlan => ("按多少成员规划", "Members to plan for"),
    MembersFromForecast => ("留空则用招募预测：{n} 人", "Leave empty to use the recruitment forecast: {n}"),
    MembersNoForecast => ("还没有招募预测，请填写人数", "No recruitment forecast yet: type a number"),
    PyramidFactor => ("金字塔倍数", "Pyramid factor"),
    PyramidFactorHint => ("每层最多是下一层的几分之一（二八原则约为 3–4）", "Each level at most this many times smaller than the one below (about 3–4 in the 20/80 spirit)"),
    SmallBelow => ("少于多少人不分层", "No tiers below"),
    SmallBelowHint => ("人数少于它时，建议只用角色标签", "Below this many members, role labels are advised"),
    TierChecksTitle => ("检查", "Checks"),
    TierChecksOk => ("没有发现问题。", "No problems found."),
    CheckNoLevels => ("还没有任何层级：选一个起点，或添加一层。", "No levels yet: pick a starting point or add a level."),
    CheckSharesSum => ("各层比例合计 {sum}，应为 100%。", "The shares add up to {sum}, not 100%."),
    CheckNotPyramid => ("“{upper}”（{a}）不像金字塔：应不超过“{lower}”（{b}）的 1/{factor}。", "“{upper}” ({a}) breaks the pyramid: it should be at most 1/{factor} of “{lower}” ({b})."),
    CheckTooSmall => ("只有 {n} 人，少于 {min} 人时明确分层容易适得其反：先用角色标签。", "Only {n} members: below {min}, explicit tiers tend to backfire. Start with role labels."),
    CheckNoWayUp => ("“{from}”的成员没有上升通道：给“{to}”设一个进入条件。", "Members of “{from}” have no way up: give “{to}” an entry rule."),
    CheckNoPrivileges => ("“{name}”没有任何特权：高层级要有更好的回报和荣誉。", "“{name}” has no privileges: higher levels need better rewards and honour."),
    CheckSizeOverCap => ("计划的群人数超过了群上限。", "The planned group size is over the group cap."),
    CheckOverQr => ("群超过 {n} 人后只能由成员邀请入群，扫码进不来。", "Past {n} members people can only join a group by a member's invitation, not by QR code."),
    CheckRowSum => ("升降矩阵中“{name}”这一行合计 {sum}，应为 100%。", "The promotion row of “{name}” adds up to {sum}, not 100%."),
    PyramidTitle => ("金字塔", "Pyramid"),
    PyramidSummary => ("{n} 层，共 {members} 人", "{n} levels, {members} members in all"),
    PyramidNote => ("条形宽度按比例；比例合计 {sum}%。", "Bar widths follow the shares; the shares add up to {sum}%."),
    Level => ("层级", "Level"),
    Share => ("比例", "Share"),
    LevelsTitle => ("层级", "Levels"),
    LevelsHint => ("从最高层往下排。每层写清怎么进来、怎么保持，以及得到什么、要做什么。", "From the top down. For each level, say how people get in and stay, what they get and what they do."),
    AddLevel => ("+ 添加一层", "+ Add a level"),
    LevelsFull => ("最多 {n} 层。", "At most {n} levels."),
    LevelMembers => ("约 {n} 人", "about {n}"),
    LevelName => ("层级名称", "Level name"),
    LevelLabels => ("头衔与角色标签", "Titles and role labels"),
    EntryRule => ("进入条件", "Entry rule"),
    HoldRule => ("保级条件（达不到就降一层）", "Hold rule (below it, down a level)"),
    RuleOn => ("设置此条件", "Set this rule"),
    RuleMetric => ("指标", "Measure"),
    RuleThreshold => ("至少", "At least"),
    RulePeriod => ("统计周期", "Within"),
    MetricActivity => ("活跃（发言、打卡次数）", "Activity (messages, check-ins)"),
    MetricContribution => ("贡献（回答、内容、帮助）", "Contribution (answers, content, help)"),
    MetricSpend => ("消费（元）", "Spend (yuan)"),
    MetricUsage => ("使用频率（次）", "Product use (times)"),
    Privileges => ("特权（每行一项）", "Privileges (one per line)"),
    Duties => ("职责（每行一项）", "Duties (one per line)"),
    OwnGroup => ("这一层有自己的群（如 KOL 代理群）", "This level has its own group (such as the KOLs' agent group)"),
    MoveUp => ("上移", "Move up"),
    MoveDown => ("下移", "Move down"),
    MoveUpNamed => ("上移：{name}", "Move up: {name}"),
    MoveDownNamed => ("下移：{name}", "Move down: {name}"),
    RemoveLevel => ("移除层级：{name}", "Remove level: {name}"),
    GroupsTitle => ("多群管理", "Many groups"),
    GroupsHint => ("群多了以后，用一个总群（舵主群）管住每个群的群主：指令和话术在总群发，群主转发到自己的群。", "With many groups, run them through a headquarters group of group leaders: instructions and scripts go out in HQ, and each leader relays them."),
    SplitBy => ("分群依据", "Split groups by"),
    SplitCity => ("城市 / 地区", "City or region"),
    SplitIndustry => ("行业", "Industry"),
    SplitInterest => ("兴趣标签", "Interest tag"),
    SplitCohort => ("入群时间（期次）", "Cohort (when they joined)"),
    SplitLoyalty => ("忠诚度（使用程度）", "Loyalty (product use)"),
    GroupSize => ("每群计划人数", "Members per group"),
    GroupCap => ("每群上限", "Group cap"),
    AdminOver => ("超过多少人配助理管理员", "Helper admin above"),
    GroupCapHint => ("微信群最多 500 人；超过 200 人只能邀请入群，扫码进不来。精细运营的群以 200–300 人为宜。", "A WeChat group holds 500 at most; past 200, people can only join by invitation, not by QR code. Closely run groups work best at 200–300."),
    LeaderSource => ("群主从哪里来", "Where leaders come from"),
    LeadersStaff => ("员工", "Staff"),
    LeadersLoyal => ("忠实用户", "Loyal members"),
    LeadersBoth => ("两者都有", "Both"),
    LeaderIncentives => ("群主的激励", "What leaders get"),
    LeaderIncentivesPh => ("如：助教返学费、分销佣金、产品内徽章或权限", "e.g. course fee refunded as assistant teacher, commission, badges or permissions in the product"),
    OrgTitle => ("总群结构", "Headquarters structure"),
    StructureNoMembers => ("还没有成员数：填写人数或先做招募预测。", "No member count yet: type one, or build a recruitment forecast first."),
    StructureSummary => ("{members} 人分成 {groups} 个群，每群约 {per} 人；{leaders} 位群主在总群（连你共 {hq} 人）；需要 {admins} 位助理管理员。", "{members} members in {groups} groups of about {per}; {leaders} group leaders in an HQ group of {hq} with you; {admins} helper admins."),
    HqBox => ("总群：你 + {leaders} 位群主", "HQ group: you and {leaders} leaders"),
    GroupN => ("第 {n} 群", "Group {n}"),
    GroupMeta => ("约 {n} 人 · 群主", "about {n} · leader"),
    GroupHasAdmin => (" · 助理管理员", " · helper admin"),
    MoreGroups => ("另有 {n} 个群，结构相同", "and {n} more groups like these"),
    LevelGroup => ("层级群：{name}", "Level group: {name}"),
    WorkloadTitle => ("每周工作量", "Weekly workload"),
    Announcements => ("每周通知次数", "Announcements a week"),
    PostMinutes => ("每群手动发一次", "To post one by hand, per group"),
    Spacing => ("群与群之间间隔（防封）", "Wait between groups (anti-ban)"),
    HqMinutes => ("在总群发一次并交代", "To brief HQ once"),
    ConfirmMinutes => ("确认一位群主已转发", "To confirm one leader relayed it"),
    Checks => ("每周巡群次数", "Checks of every group a week"),
    CheckMinutes => ("巡一个群", "To check one group"),
    UnitMinutes => ("分钟", "minutes"),
    UnitSeconds => ("秒", "seconds"),
    UnitPerWeek => ("次/周", "a week"),
    WorkloadWay => ("做法", "How"),
    HoursPerWeek => ("小时/周", "Hours a week"),
    WorkloadDirect => ("你自己逐群发送", "You post in every group"),
    WorkloadRelayed => ("通过总群由群主转发", "Leaders relay from HQ"),
    WorkloadNote => ("两种做法都含巡群 {checks} 小时。", "Both include {checks} hours of checks."),
    RelayPaysFrom => ("从 {n} 个群起，通过总群转发更省时间。", "From {n} groups on, relaying through HQ takes less time."),
    RelayNeverPays => ("按现在的数字，通过总群转发总是更费时间。", "With these numbers, relaying through HQ never saves time."),
    RelayBetter => ("你现在的群数，用总群更省时。", "At your number of groups, HQ relaying is quicker."),
    DirectBetter => ("你现在的群数，自己发更省时。", "At your number of groups, posting yourself is quicker."),
    MatrixTitle => ("升降矩阵", "Promotion matrix"),
    MatrixHint => ("每个周期，每层成员有多少比例去到各层（每行合计 100%）。KPI 模拟会用它。", "Each period, the share of each level that ends up in each level (every row adds up to 100%). The KPI simulator uses it."),
    MatrixPeriod => ("周期", "Period"),
    MatrixFrom => ("从 \\ 到", "From \\ to"),
    MatrixSum => ("合计", "Sum"),
    MatrixCell => ("从“{from}”到“{to}”", "From “{from}” to “{to}”"),
    MatrixReset => ("恢复默认矩阵", "Reset to the default matrix"),
    MatrixDrift => ("按这个矩阵走 {periods} 个周期（约一年），各层人数会这样变化：", "After {periods} periods (about a year) of this matrix, the levels would hold:"),
}

/// A number with one decimal, rounded ("2.3"; "2" prints as "2.0"). Written
/// by hand because float formatting is large in wasm.
pub fn tenths(x: f64) -> String {
    if !x.is_finite() {
        return String::from("—");
    }
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}

/// Local date and time, `YYYY-MM-DD HH:MM`, from Unix milliseconds and the
/// zone offset in minutes (read once at start-up; rendering needs no clock).
pub fn format_datetime(ms: i64, tz_offset_min: i32) -> String {
    let local = ms.saturating_add(i64::from(tz_offset_min).saturating_mul(60_000));
    use chrono::{Datelike, Timelike};
    // Formatted by hand: chrono's formatter is large in wasm.
    match chrono::DateTime::from_timestamp_millis(local) {
        Some(dt) => {
            let (y, sign) = (dt.year(), if dt.year() > 9999 { "+" } else { "" });
            format!("{sign}{y:04}-{:02}-{:02} {:02}:{:02}", dt.month(), dt.day(), dt.hour(), dt.minute())
        }
        None => String::from("—"),
    }
}

/// A whole number with thousands separators: 12345 → "12,345".
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count of people, rounded to the nearest whole person: "2,034".
pub fn people(x: f64) -> String {
    if !x.is_finite() {
        return String::from("—");
    }
    group(x.max(0.0).round() as u64)
}

/// An amount of money in whole yuan: "¥12,000".
pub fn yuan(x: f64) -> String {
    if !x.is_finite() {
        return String::from("—");
    }
    format!("¥{}", group(x.max(0.0).round() as u64))
}
