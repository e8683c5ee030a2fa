from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldError")


@_attrs_define
class FieldError:
    """
    Attributes:
        location (str): Where the bad value was: query, path, header or body.
        field (str): The parameter or body field, e.g. mobility_limits[0].
        message (str):
        value (Any | Unset): The value received (strings are truncated).
        accepted (list[str] | None | Unset): The values that are accepted.
    """

    location: str
    field: str
    message: str
    value: Any | Unset = UNSET
    accepted: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        field = self.field

        message = self.message

        value = self.value

        accepted: list[str] | None | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        elif isinstance(self.accepted, list):
            accepted = self.accepted

        else:
            accepted = self.accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "field": field,
                "message": message,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if accepted is not UNSET:
            field_dict["accepted"] = accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location = d.pop("location")

        field = d.pop("field")

        message = d.pop("message")

        value = d.pop("value", UNSET)

        def _parse_accepted(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accepted_type_0 = cast(list[str], data)

                return accepted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        field_error = cls(
            location=location,
            field=field,
            message=message,
            value=value,
            accepted=accepted,
        )

        field_error.additional_properties = d
        return field_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
