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
}
DOSE = {
    "hold_seconds": {"min": 30, "max": None},
    "breaths": None,
    "repetitions": None,
    "sides": "both",
    "cycle_seconds": None,
    "duration_seconds": None,
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
    "media": {"image_url": None, "video_url": None},
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
}
RULE = {
    "slug": "limit-cannot-kneel",
    "kind": "mobility_limit",
    "trigger": {"type": "mobility_limit", "limit": "cannot_kneel"},
    "effect": [{"type": "exclude", "poses": [], "demands": ["kneeling"], "all_poses_except": None}],
    "severity": "info",
    "message": "Poses that need kneeling are left out.",
    "rationale": "The person cannot kneel, so any pose that kneels is left out.",
    "sources": [{"source": "stretchbase-editorial", "section": "Mobility limits"}],
    "links": {"self": "/v1/safety-rules/limit-cannot-kneel"},
}
COMPOSED = {
    "outcome": "routine",
    "pain_band": "moderate",
    "excluded": [
        {
            "pose": {
                **CHILDS_POSE_REF,
                "slug": "cat-cow",
                "name": "Cat-Cow Stretch",
                "kind": "dynamic",
                "position": "quadruped",
                "href": "/v1/poses/cat-cow",
            },
            "reason": "safety_rule",
            "rules": [
                {
                    "slug": "limit-cannot-kneel",
                    "severity": "info",
                    "message": "Poses that need kneeling are left out.",
                }
            ],
        }
    ],
    "notices": [
        {
            "rule": "session-start-small",
            "severity": "warning",
            "message": "Start small: hold each stretch for 10 to 30 seconds.",
        }
    ],
    "referral": None,
    "content_version": 1,
    "items": [ITEM],
    "total_seconds": 20,
}
SOURCE = {
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
    "composition": None,
}
MOBILITY_LIMIT = {
    "slug": "cannot_kneel",
    "label": "Cannot kneel",
    "question": "Are you unable to kneel on the floor?",
    "help_text": "Poses that kneel will be left out.",
    "rules": ["limit-cannot-kneel"],
}
RED_FLAG = {
    "slug": "fever",
    "label": "High temperature",
    "question": "Do you have a high temperature, or feel hot and shivery?",
    "help_text": "Back pain with a fever can be a sign of an infection.",
    "urgency": "urgent",
    "rules": ["red-flag-fever"],
}


def figure_svg(title: str, description: str) -> str:
    """The start of a figure (a whole one is 1–3 KB gzipped): its text, then the drawing."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="sbf" viewBox="0 0 240 160" width="240" '
        f'height="160" role="img" aria-labelledby="t d"><title id="t">{title}</title>'
        f'<desc id="d">{description}</desc><style>…</style>…</svg>'
    )


EXAMPLES = {
    "list_poses": page(POSE_SUMMARY, 7),
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
    "compose_routine_by_query": COMPOSED,
    "list_safety_rules": page(RULE, 47),
    "get_safety_rule": RULE,
    "list_mobility_limits": page(MOBILITY_LIMIT, 17),
    "list_red_flags": page(RED_FLAG, 17),
    "list_sources": page(SOURCE, 20),
    "get_source": SOURCE,
    "get_liveness": {"status": "ok"},
    "get_readiness": {"status": "ready", "content_version": 1},
}
