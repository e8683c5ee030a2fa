from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_type import ItemType, check_item_type
from ..models.urgency import Urgency, check_urgency

if TYPE_CHECKING:
    from ..models.answer_target import AnswerTarget
    from ..models.enable_when import EnableWhen
    from ..models.scale_anchor import ScaleAnchor


T = TypeVar("T", bound="QuestionnaireItem")


@_attrs_define
class QuestionnaireItem:
    """
    Attributes:
        link_id (str): Stable id of the item (FHIR linkId).
        type_ (ItemType):
        text (str):
        label (None | str): A short name for summaries.
        help_text (None | str):
        required (bool): A client must ask it (and the person answer it).
        min_value (int | None):
        max_value (int | None):
        anchors (list[ScaleAnchor] | None): For a scale: what its ends mean.
        urgency (None | Urgency): For a red flag: how soon to be seen if the answer is yes.
        answer (AnswerTarget | None): How the answer maps onto the compose request.
        enable_when (list[EnableWhen]):
        items (list[QuestionnaireItem]):
    """

    link_id: str
    type_: ItemType
    text: str
    label: None | str
    help_text: None | str
    required: bool
    min_value: int | None
    max_value: int | None
    anchors: list[ScaleAnchor] | None
    urgency: None | Urgency
    answer: AnswerTarget | None
    enable_when: list[EnableWhen]
    items: list[QuestionnaireItem]

    def to_dict(self) -> dict[str, Any]:
        from ..models.answer_target import AnswerTarget  # noqa: PLC0415

        link_id = self.link_id

        type_: str = self.type_

        text = self.text

        label: None | str
        label = self.label

        help_text: None | str
        help_text = self.help_text

        required = self.required

        min_value: int | None
        min_value = self.min_value

        max_value: int | None
        max_value = self.max_value

        anchors: list[dict[str, Any]] | None
        if isinstance(self.anchors, list):
            anchors = []
            for anchors_type_0_item_data in self.anchors:
                anchors_type_0_item = anchors_type_0_item_data.to_dict()
                anchors.append(anchors_type_0_item)

        else:
            anchors = self.anchors

        urgency: None | str
        if isinstance(self.urgency, str):
            urgency = self.urgency
        else:
            urgency = self.urgency

        answer: dict[str, Any] | None
        if isinstance(self.answer, AnswerTarget):
            answer = self.answer.to_dict()
        else:
            answer = self.answer

        enable_when = []
        for enable_when_item_data in self.enable_when:
            enable_when_item = enable_when_item_data.to_dict()
            enable_when.append(enable_when_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "link_id": link_id,
                "type": type_,
                "text": text,
                "label": label,
                "help_text": help_text,
                "required": required,
                "min_value": min_value,
                "max_value": max_value,
                "anchors": anchors,
                "urgency": urgency,
                "answer": answer,
                "enable_when": enable_when,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_target import AnswerTarget  # noqa: PLC0415
        from ..models.enable_when import EnableWhen  # noqa: PLC0415
        from ..models.scale_anchor import ScaleAnchor  # noqa: PLC0415

        d = dict(src_dict)
        link_id = d.pop("link_id")

        type_ = check_item_type(d.pop("type"))

        text = d.pop("text")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        def _parse_help_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        help_text = _parse_help_text(d.pop("help_text"))

        required = d.pop("required")

        def _parse_min_value(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_value = _parse_min_value(d.pop("min_value"))

        def _parse_max_value(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_value = _parse_max_value(d.pop("max_value"))

        def _parse_anchors(data: object) -> list[ScaleAnchor] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                anchors_type_0 = []
                _anchors_type_0 = data
                for anchors_type_0_item_data in _anchors_type_0:
                    anchors_type_0_item = ScaleAnchor.from_dict(anchors_type_0_item_data)

                    anchors_type_0.append(anchors_type_0_item)

                return anchors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScaleAnchor] | None, data)

        anchors = _parse_anchors(d.pop("anchors"))

        def _parse_urgency(data: object) -> None | Urgency:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                urgency_type_0 = check_urgency(data)

                return urgency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Urgency, data)

        urgency = _parse_urgency(d.pop("urgency"))

        def _parse_answer(data: object) -> AnswerTarget | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_0 = AnswerTarget.from_dict(data)

                return answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerTarget | None, data)

        answer = _parse_answer(d.pop("answer"))

        enable_when = []
        _enable_when = d.pop("enable_when")
        for enable_when_item_data in _enable_when:
            enable_when_item = EnableWhen.from_dict(enable_when_item_data)

            enable_when.append(enable_when_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = QuestionnaireItem.from_dict(items_item_data)

            items.append(items_item)

        questionnaire_item = cls(
            link_id=link_id,
            type_=type_,
            text=text,
            label=label,
            help_text=help_text,
            required=required,
            min_value=min_value,
            max_value=max_value,
            anchors=anchors,
            urgency=urgency,
            answer=answer,
            enable_when=enable_when,
            items=items,
        )

        return questionnaire_item
