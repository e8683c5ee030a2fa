"""JSON columns have types: a bad value fails before it is written; reads come back typed."""

import pytest
from sqlalchemy.exc import StatementError
from sqlmodel import Session, select

from models.pose import Pose
from models.rule_language import ExcludeEffect
from models.safety_rule import SafetyRule
from models.values import Dose


def test_a_pose_reads_back_with_a_typed_dose(session: Session) -> None:
    pose = session.exec(select(Pose).where(Pose.slug == "childs-pose")).one()
    assert isinstance(pose.dose, Dose)
    rule = session.exec(select(SafetyRule).where(SafetyRule.slug == "pain-band-moderate")).one()
    assert any(isinstance(effect, ExcludeEffect) for effect in rule.effect)


def test_a_dose_that_is_not_a_dose_is_never_written(session: Session) -> None:
    pose = session.exec(select(Pose).where(Pose.slug == "childs-pose")).one()
    pose.dose = {"hold_seconds": {"min": "a while"}}  # type: ignore[assignment]
    with pytest.raises(StatementError, match="hold_seconds"):
        session.flush()
    session.rollback()
    again = session.exec(select(Pose).where(Pose.slug == "childs-pose")).one()
    assert isinstance(again.dose, Dose)
