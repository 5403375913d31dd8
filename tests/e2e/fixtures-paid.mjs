// The issue-23 journey's plan: a paid learning group, ¥99 to join, 500
// members present by day 60 with ¥5,000; one livestream lecture, Q&A
// answers twice a week, one "invite 3 colleagues" campaign. The same plan
// as `paid_group()` in crates/core/tests/core/story.rs, named in Chinese,
// with a 60-day KPI horizon.
export const PAID_ID = 'paid';
export const PAID = JSON.stringify({
  "type": "qunce/plan",
  "version": 2,
  "plan": {
    "id": "paid",
    "name": "付费学习群",
    "created_ms": 1764800000000,
    "updated_ms": 1764800000000,
    "positioning": {
      "name": "",
      "promise": "",
      "kind": null,
      "tone": "",
      "segments": [],
      "value_tangible": "",
      "value_intangible": "",
      "goal": "",
      "leader": "",
      "persona": "",
      "hierarchy": "",
      "threshold": {
        "join": "付 ¥99 入群",
        "get": "每周一课",
        "need": "想系统学习",
        "timing": "after"
      },
      "rhythm": [],
      "rules_encouraged": "",
      "rules_forbidden": "",
      "rules_outlets": "",
      "profit": [
        {
          "source": "entry_fee",
          "note": "入群费",
          "amount": 99
        }
      ],
      "lifecycle": {
        "kind": "retained",
        "stage": null,
        "review": null
      }
    },
    "channels": {
      "start": "2026-03-02",
      "horizon_days": 90,
      "target": {
        "members": 500,
        "precise": false,
        "deadline": "2026-04-30",
        "budget": 5000,
        "hours": null
      },
      "threshold": {
        "join_x10": 1000,
        "precision_x10": 400,
        "retention_x10": 300
      },
      "channels": [
        {
          "name": "直播公开课",
          "mode": "base_area",
          "platform": "",
          "cost": 2000,
          "hours_x10": 200,
          "schedule": {
            "kind": "dates",
            "dates": [
              "2026-03-09"
            ]
          },
          "reach": 1000,
          "join_x10": 200,
          "precision_x10": 500,
          "half_life_x10": 2,
          "ramp_x10": 0,
          "fatigue_x10": 300,
          "referral": {
            "share_x10": 400,
            "invites_x10": 30,
            "join_x10": 600,
            "days": 7,
            "tiers": []
          }
        },
        {
          "name": "问答平台回答",
          "mode": "guerrilla",
          "platform": "",
          "cost": 0,
          "hours_x10": 20,
          "schedule": {
            "kind": "weekly",
            "per_week": 2,
            "from": "2026-03-02",
            "to": "2026-04-26"
          },
          "reach": 2000,
          "join_x10": 15,
          "precision_x10": 700,
          "half_life_x10": 900,
          "ramp_x10": 140,
          "fatigue_x10": 0,
          "referral": {
            "share_x10": 400,
            "invites_x10": 30,
            "join_x10": 600,
            "days": 7,
            "tiers": []
          }
        },
        {
          "name": "邀请 3 位同事",
          "mode": "referral",
          "platform": "",
          "cost": 300,
          "hours_x10": 60,
          "schedule": {
            "kind": "dates",
            "dates": [
              "2026-03-23"
            ]
          },
          "reach": 0,
          "join_x10": 0,
          "precision_x10": 600,
          "half_life_x10": 10,
          "ramp_x10": 0,
          "fatigue_x10": 0,
          "referral": {
            "share_x10": 400,
            "invites_x10": 30,
            "join_x10": 600,
            "days": 7,
            "tiers": [
              {
                "invites": 3,
                "reward": "",
                "cost": 5,
                "cap": null
              },
              {
                "invites": 10,
                "reward": "",
                "cost": 0,
                "cap": 30
              }
            ]
          }
        }
      ]
    },
    "tiers": {
      "style": "pyramid",
      "levels": [],
      "factor_x10": 30,
      "small_below": 100,
      "groups": {
        "split_by": "city",
        "size": 200,
        "cap": 500,
        "members": null,
        "admin_over": 40,
        "leader_source": "loyal_members",
        "incentives": "",
        "announcements": 3,
        "post_minutes": 2,
        "spacing_seconds": 90,
        "hq_minutes": 15,
        "confirm_minutes_x10": 5,
        "checks": 1,
        "check_minutes": 5
      },
      "promotion": [],
      "period_days": 30
    },
    "simulation": {
      "horizon_days": 60,
      "seed": 1,
      "runs": 0,
      "typed_inflow": null,
      "price": null,
      "params": {
        "inflow": {
          "low": 700,
          "likely": 1000,
          "high": 1300
        },
        "base_active": {
          "low": 100,
          "likely": 180,
          "high": 250
        },
        "content_half_life": {
          "low": 7,
          "likely": 14,
          "high": 28
        },
        "lift_per_item": {
          "low": 5,
          "likely": 15,
          "high": 25
        },
        "churn": {
          "low": 100,
          "likely": 200,
          "high": 300
        },
        "protect": {
          "low": 500,
          "likely": 700,
          "high": 900
        },
        "referral": {
          "low": 20,
          "likely": 50,
          "high": 100
        },
        "conversion": {
          "low": 30,
          "likely": 80,
          "high": 150
        },
        "lifecycle": {
          "low": 0,
          "likely": 30,
          "high": 80
        }
      },
      "interventions": [],
      "targets": [],
      "scenarios": []
    }
  }
});
