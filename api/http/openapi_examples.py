"""Response examples for the OpenAPI spec (tests check each one against its schema)."""

from typing import Any

SOURCE_REF = {"source": "hip-stretches-article", "section": "2. Child's Pose"}
CHILDS_POSE_REF = {
    "slug": "childs-pose",
    "name": "Child's Pose",
    "kind": "static",
    "position": "kneeling",
    "href": "/v1/poses/childs-pose",
}
HOLD_STEP = {
    "position": 5,
    "text": "Stay in the pose for at least 30 seconds, or as long as you like, "
    "breathing deeply and slowly.",
    "cue": "hold",
    "hold_seconds": {"min": 30, "max": None},
    "breaths": None,
    "repetitions": None,
    "phase": None,
    "source": SOURCE_REF,
    "modified_by": None,
    "media": None,
}
DOSE = {
    "hold_seconds": {"min": 30, "max": None},
    "breaths": None,
    "repetitions": None,
    "sides": "both",
    "cycle_seconds": None,
    "duration_seconds": None,
    "source": SOURCE_REF,
}
CAUTION = {
    "text": "Stop a stretch that causes pain. Feeling tension is normal, but sharp pain is not.",
    "source": {"source": "hip-stretches-article", "section": "Tips before you start stretching"},
}
POSE_SUMMARY = {
    "slug": "childs-pose",
    "name": "Child's Pose",
    "other_names": ["Balasana"],
    "summary": "A popular yoga pose that gently stretches the muscles of the lower back.",
    "benefits": ["Gently stretches the back, hips, thighs and ankles"],
    "kind": "static",
    "position": "kneeling",
    "difficulty": "beginner",
    "target_areas": ["lower_back", "hips", "thighs", "ankles"],
    "demands": ["floor", "kneeling", "deep_knee_flexion", "spinal_flexion"],
    "dose": DOSE,
    "props": ["pillow"],
    "tips": ["If you feel too much pain, place a pillow under your belly."],
    "media": {
        "image_url": "/v1/poses/childs-pose/figure.svg",
        "video_url": None,
        "figures": {
            "childs-pose-knees-wide": "/v1/poses/childs-pose/figures/childs-pose-knees-wide.svg"
        },
    },
    "phases": [],
    "alternatives": ["seated-round-and-arch", "prone-back-extension"],
    "cautions": [CAUTION],
    "source": SOURCE_REF,
    "links": {"self": "/v1/poses/childs-pose", "steps": "/v1/poses/childs-pose/steps"},
}
MODIFICATION = {
    "slug": "childs-pose-pillow-under-belly",
    "pose": "childs-pose",
    "label": "Pillow under the belly",
    "instruction": "Place a pillow under your belly to prop you up a bit.",
    "reason": "For when the stretch causes too much pain (the article's extra tip).",
    "kind": "regression",
    "props": ["pillow"],
    "omitted_phases": [],
    "removes_demands": [],
    "adds_demands": [],
    "step_changes": [
        {
            "step": 3,
            "remove": False,
            "text": None,
            "find": "Rest your belly between your thighs",
            "replace": "Rest your belly on a pillow between your thighs",
        }
    ],
    "source": {"source": "hip-stretches-article", "section": "2. Child's Pose — extra tip"},
}
ITEM = {
    "position": 1,
    "pose": CHILDS_POSE_REF,
    "dose": DOSE | {"hold_seconds": {"min": 20, "max": 20}},
    "seconds": 20,
    "modifications": [MODIFICATION | {"optional": True, "rules": ["pain-band-moderate"]}],
    "steps": [HOLD_STEP | {"text": "Hold for 20 seconds.", "hold_seconds": {"min": 20, "max": 20}}],
    "rules": ["pain-band-moderate"],
    "substitutes_for": None,
}
RULE = {
    "slug": "limit-cannot-kneel",
    "kind": "mobility_limit",
    "trigger": {"type": "mobility_limit", "limit": "cannot_kneel"},
    "effect": [
        {
            "type": "exclude",
            "poses": [],
            "demands": ["kneeling"],
            "all_poses_except": None,
            "offer_alternatives": True,
        }
    ],
    "severity": "info",
    "message": "Poses that need kneeling are left out or replaced.",
    "rationale": "The person cannot kneel, so any pose that kneels is left out.",
    "sources": [{"source": "stretchbase-editorial", "section": "Mobility limits"}],
    "links": {"self": "/v1/safety-rules/limit-cannot-kneel"},
}
ROUND_AND_ARCH_REF = {
    "slug": "seated-round-and-arch",
    "name": "Seated Round and Arch",
    "kind": "dynamic",
    "position": "seated",
    "href": "/v1/poses/seated-round-and-arch",
}
COMPOSED = {
    "outcome": "routine",
    "pain_band": "moderate",
    "excluded": [
        {
            "pose": CHILDS_POSE_REF,
            "reason": "safety_rule",
            "rules": [
                {
                    "slug": "limit-cannot-kneel",
                    "severity": "info",
                    "message": "Poses that need kneeling are left out or replaced.",
                }
            ],
            "substituted_by": ROUND_AND_ARCH_REF,
        }
    ],
    "notices": [
        {
            "rule": "session-stop-if-pain",
            "severity": "warning",
            "message": "Stop a stretch that causes sharp pain, or if pain, tingling or numbness "
            "spreads down your leg. Feeling a gentle pull is normal.",
            "action": None,
        }
    ],
    "referral": None,
    "content_version": 1,
    "items": [
        {
            "position": 1,
            "pose": ROUND_AND_ARCH_REF,
            "dose": {
                "hold_seconds": None,
                "breaths": None,
                "repetitions": {"min": 3, "max": 3},
                "sides": "both",
                "cycle_seconds": 8,
                "duration_seconds": None,
                "source": {"source": "nuth-one-minute-body-check", "section": "Lower back"},
            },
            "seconds": 24,
            "modifications": [],
            "steps": [
                {
                    "position": 2,
                    "text": "Gently slouch so that your back becomes rounded.",
                    "cue": "action",
                    "hold_seconds": None,
                    "breaths": None,
                    "repetitions": None,
                    "phase": "round",
                    "source": {"source": "nuth-one-minute-body-check", "section": "Lower back"},
                    "modified_by": None,
                    "media": {"image_url": "/v1/poses/seated-round-and-arch/figures/round.svg"},
                }
            ],
            "rules": ["pain-band-moderate", "limit-cannot-kneel"],
            "substitutes_for": CHILDS_POSE_REF,
        }
    ],
    "total_seconds": 24,
}
REFERRAL = {
    "outcome": "referral",
    "pain_band": "mild",
    "excluded": [],
    "notices": [],
    "referral": {
        "urgency": "emergency",
        "action": "emergency_services",
        "message": "Do not stretch. Get emergency help now: call your local emergency number or "
        "go to the nearest emergency department. You told us: Numbness around the genitals or "
        "buttocks.",
        "reasons": [
            {
                "rule": "red-flag-saddle-numbness",
                "answers": ["Numbness around the genitals or buttocks"],
                "message": "Numbness around your genitals or buttocks with back pain can be a "
                "sign of pressure on the nerves at the base of the spine (cauda equina "
                "syndrome), which needs treatment straight away.",
            }
        ],
        "contact": "In the UK, call 999 or go to A&E.",
        "rules": ["red-flag-saddle-numbness"],
    },
    "content_version": 1,
    "items": [],
    "total_seconds": 0,
}
SOURCE: dict[str, Any] = {
    "slug": "nhs-back-pain",
    "title": "Back pain",
    "kind": "patient_information",
    "publisher": "NHS (nhs.uk)",
    "citation": None,
    "url": "https://www.nhs.uk/conditions/back-pain/",
    "licence": "Open Government Licence v3.0",
    "attribution": "Cited from the NHS website (nhs.uk).",
    "sections": [],
    "links": {"self": "/v1/sources/nhs-back-pain"},
}


def page(item: dict[str, Any], total: int) -> dict[str, Any]:
    return {"items": [item], "total": total, "limit": 1, "offset": 0}


def example(value: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    """A 200 response with this example."""
    return {200: {"content": {"application/json": {"example": value}}}}


POSE = POSE_SUMMARY | {"steps": [HOLD_STEP], "modifications": [MODIFICATION]}
ROUTINE_SUMMARY = {
    "id": "34b87328-08ca-559c-9746-e12750d56ffc",
    "slug": "seven-best-hip-stretches",
    "name": "The seven best hip stretches for lower back pain",
    "description": "All seven stretches in the article's order.",
    "kind": "seeded",
    "item_count": 7,
    "total_seconds": 360,
    "links": {"self": "/v1/routines/seven-best-hip-stretches"},
}
ROUTINE = {
    key: ROUTINE_SUMMARY[key] for key in ("id", "slug", "name", "description", "kind", "links")
} | {
    "items": [ITEM | {"modifications": [], "rules": [], "dose": DOSE, "seconds": 30}],
    "total_seconds": 30,
    "source": {
        "source": "hip-stretches-article",
        "section": "7 best hip stretches for lower back pain",
    },
    "cautions": [CAUTION],
    "composition": None,
}
MOBILITY_LIMIT = {
    "slug": "cannot_kneel",
    "label": "Cannot kneel",
    "question": "Are you unable to kneel on the floor?",
    "help_text": "Poses that kneel will be left out, or replaced by ones that do not.",
    "ask_if": None,
    "rules": ["limit-cannot-kneel"],
}
RED_FLAG = {
    "slug": "fever",
    "label": "High temperature",
    "question": "Do you have a high temperature, or feel hot and shivery?",
    "help_text": "Back pain with a fever can be a sign of an infection.",
    "ask_if": None,
    "urgency": "urgent",
    "rules": ["red-flag-fever"],
}

QUESTION = {
    "link_id": "red_flags.saddle_numbness",
    "type": "boolean",
    "text": "Do you have numbness or tingling around your genitals or buttocks?",
    "label": "Numbness around the genitals or buttocks",
    "help_text": "It can mean pressure on the nerves at the base of the spine.",
    "required": True,
    "min_value": None,
    "max_value": None,
    "anchors": None,
    "urgency": "emergency",
    "answer": {"field": "red_flags", "value": "saddle_numbness"},
    "enable_when": [],
    "items": [],
}
QUESTIONNAIRE = {
    "title": "Before you stretch",
    "description": "A few questions so that the routine suits you.",
    "content_version": 1,
    "items": [
        QUESTION
        | {
            "link_id": "red_flags",
            "type": "group",
            "text": "First, a few safety questions",
            "label": None,
            "help_text": "Answer yes to any that is true for you now.",
            "urgency": None,
            "answer": None,
            "items": [QUESTION],
        },
        QUESTION
        | {
            "link_id": "pain_level",
            "type": "integer",
            "text": "How bad is your back pain right now, from 0 to 10?",
            "label": None,
            "help_text": "0 means no pain at all; 10 means the worst pain you can imagine.",
            "min_value": 0,
            "max_value": 10,
            "anchors": [
                {"value": 0, "label": "No pain"},
                {"value": 10, "label": "Worst pain imaginable"},
            ],
            "urgency": None,
            "answer": {"field": "pain_level", "value": None},
        },
    ],
    "referral_actions": [
        {
            "slug": "emergency_services",
            "label": "Get emergency help now",
            "instruction": "Do not stretch. Get emergency help now: call your local emergency "
            "number or go to the nearest emergency department.",
            "regional": {"GB": "In the UK, call 999 or go to A&E."},
            "sources": [{"source": "nhs-back-pain", "section": "Call 999 or go to A&E"}],
        }
    ],
    "links": {"self": "/v1/questionnaire"},
}


def figure_svg(title: str, description: str) -> str:
    """The start of a figure (a whole one is 1–3 KB gzipped): its text, then the drawing."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="sbf" viewBox="0 0 240 160" width="240" '
        f'height="160" role="img" aria-labelledby="t d"><title id="t">{title}</title>'
        f'<desc id="d">{description}</desc><style>…</style>…</svg>'
    )


EXAMPLES = {
    "list_poses": page(POSE_SUMMARY, 12),
    "get_pose_figure": figure_svg(
        "Child's Pose", "Rest your belly between your thighs and your forehead on the floor. …"
    ),
    "get_pose_figure_by_name": figure_svg(
        "Cat-Cow Stretch: cat", "Inhale and round your back, pulling your stomach muscles in …"
    ),
    "get_pose": POSE,
    "list_pose_steps": page(HOLD_STEP, 5),
    "list_routines": page(ROUTINE_SUMMARY, 1),
    "get_routine": ROUTINE,
    "compose_routine": COMPOSED,
    "compose_routine_by_query": REFERRAL,
    "list_safety_rules": page(RULE, 57),
    "get_safety_rule": RULE,
    "list_mobility_limits": page(MOBILITY_LIMIT, 18),
    "list_red_flags": page(RED_FLAG, 24),
    "list_sources": page(SOURCE, 29),
    "get_questionnaire": QUESTIONNAIRE,
    "get_source": SOURCE,
    "get_liveness": {"status": "ok"},
    "get_readiness": {"status": "ready", "content_version": 1},
}
