// A plan with the job-seeking sprint's channels (DOMAIN.md §9), stored the
// way the app stores plans, for screenshots and the benchmark.
export function sprintPlan(id = 'sprint', lang = 'en') {
  const zh = lang === 'zh';
  const now = Date.parse('2026-03-01T08:00:00Z');
  return {
    type: 'qunce/plan',
    version: 1,
    plan: {
      id,
      name: zh ? '求职社群两周冲刺' : 'Two-week job-seeking sprint',
      created_ms: now,
      updated_ms: now,
      channels: {
        start: '2026-03-02',
        horizon_days: 60,
        target: { members: 2000, precise: false, deadline: '2026-03-15', budget: 3000, hours: 60 },
        channels: [
          {
            name: zh ? '求职论坛发帖' : 'Job-forum posts', mode: 'guerrilla', platform: zh ? '求职论坛' : 'job forums',
            cost: 0, hours_x10: 10, reach: 1500, join_x10: 30, precision_x10: 700, half_life_x10: 30, ramp_x10: 10,
            fatigue_x10: 0, schedule: { kind: 'weekly', per_week: 5, from: '2026-03-02', to: '2026-03-08' },
          },
          {
            name: zh ? '老群转发' : 'Old groups', mode: 'seed', platform: 'WeChat',
            cost: 0, hours_x10: 20, reach: 400, join_x10: 300, precision_x10: 700, half_life_x10: 20, ramp_x10: 0,
            fatigue_x10: 500, schedule: { kind: 'dates', dates: ['2026-03-02', '2026-03-04'] },
          },
          {
            name: zh ? '邀请 3 人得资料包' : 'Invite 3, get the job pack', mode: 'referral', platform: 'WeChat',
            cost: 200, hours_x10: 100, precision_x10: 600, fatigue_x10: 0,
            schedule: { kind: 'dates', dates: ['2026-03-09'] },
            referral: {
              share_x10: 600, invites_x10: 60, join_x10: 600, days: 7,
              tiers: [
                { invites: 3, reward: zh ? '未公开的求职资料包' : 'Unpublished job pack', cost: 0 },
                { invites: 10, reward: zh ? '核心群名额，抢先内测' : 'Core group place, early access', cost: 0, cap: 30 },
              ],
            },
          },
          {
            name: zh ? '校园讲座' : 'Campus lecture', mode: 'base_area', platform: zh ? '高校' : 'campus',
            cost: 1500, hours_x10: 200, reach: 300, join_x10: 250, precision_x10: 600, half_life_x10: 10, ramp_x10: 0,
            fatigue_x10: 300, schedule: { kind: 'dates', dates: ['2026-03-05', '2026-03-12'] },
          },
        ],
      },
    },
  };
}
