"""Contains all the data models used in inputs/outputs"""

from .all_of_trigger import AllOfTrigger
from .all_of_trigger_input import AllOfTriggerInput
from .always_trigger import AlwaysTrigger
from .answer_target import AnswerTarget
from .answer_target_field import AnswerTargetField
from .applied_modification import AppliedModification
from .ask_if import AskIf
from .bundle import Bundle
from .bundle_changes import BundleChanges
from .bundle_delta import BundleDelta
from .bundle_delta_links import BundleDeltaLinks
from .bundle_keys import BundleKeys
from .bundle_links import BundleLinks
from .bundle_order import BundleOrder
from .caution import Caution
from .caution_input import CautionInput
from .collection import Collection
from .compose_request import ComposeRequest
from .composed_routine import ComposedRoutine
from .composition import Composition
from .days_with_pain_trigger import DaysWithPainTrigger
from .days_with_pain_trigger_input import DaysWithPainTriggerInput
from .demand import Demand
from .difficulty import Difficulty
from .dose import Dose
from .dose_effect import DoseEffect
from .dose_effect_input import DoseEffectInput
from .dose_effect_input_range import DoseEffectInputRange
from .dose_effect_range import DoseEffectRange
from .dose_input import DoseInput
from .enable_when import EnableWhen
from .exclude_effect import ExcludeEffect
from .exclude_effect_input import ExcludeEffectInput
from .exclusion import Exclusion
from .exclusion_reason import ExclusionReason
from .field_error import FieldError
from .health import Health
from .http_validation_error import HTTPValidationError
from .item_type import ItemType
from .listed_kind import ListedKind
from .media import Media
from .media_figures import MediaFigures
from .media_input import MediaInput
from .media_input_figures import MediaInputFigures
from .mobility_limit import MobilityLimit
from .mobility_limit_public import MobilityLimitPublic
from .mobility_limit_public_page import MobilityLimitPublicPage
from .mobility_limit_trigger import MobilityLimitTrigger
from .modification_create import ModificationCreate
from .modification_kind import ModificationKind
from .modification_public import ModificationPublic
from .modify_effect import ModifyEffect
from .modify_effect_input import ModifyEffectInput
from .no_suitable_poses_trigger import NoSuitablePosesTrigger
from .notice import Notice
from .notice_effect import NoticeEffect
from .notice_effect_input import NoticeEffectInput
from .number_range import NumberRange
from .number_range_input import NumberRangeInput
from .outcome import Outcome
from .pain_band import PainBand
from .pain_band_trigger import PainBandTrigger
from .phase import Phase
from .phase_input import PhaseInput
from .pose_create import PoseCreate
from .pose_kind import PoseKind
from .pose_patch import PosePatch
from .pose_public import PosePublic
from .pose_public_fields import PosePublicFields
from .pose_public_fields_links import PosePublicFieldsLinks
from .pose_public_links import PosePublicLinks
from .pose_ref import PoseRef
from .pose_sort import PoseSort
from .pose_summary import PoseSummary
from .pose_summary_fields import PoseSummaryFields
from .pose_summary_fields_links import PoseSummaryFieldsLinks
from .pose_summary_fields_page import PoseSummaryFieldsPage
from .pose_summary_links import PoseSummaryLinks
from .pose_summary_page import PoseSummaryPage
from .position import Position
from .problem import Problem
from .prop import Prop
from .questionnaire_item import QuestionnaireItem
from .questionnaire_public import QuestionnairePublic
from .questionnaire_public_links import QuestionnairePublicLinks
from .readiness import Readiness
from .red_flag import RedFlag
from .red_flag_public import RedFlagPublic
from .red_flag_public_page import RedFlagPublicPage
from .red_flag_trigger import RedFlagTrigger
from .refer_effect import ReferEffect
from .referral import Referral
from .referral_action import ReferralAction
from .referral_action_spec import ReferralActionSpec
from .referral_action_spec_regional import ReferralActionSpecRegional
from .referral_reason import ReferralReason
from .region import Region
from .revision_list import RevisionList
from .revision_public import RevisionPublic
from .revision_public_body import RevisionPublicBody
from .revision_public_links import RevisionPublicLinks
from .revision_public_origin import RevisionPublicOrigin
from .revision_public_patch_item import RevisionPublicPatchItem
from .revision_summary import RevisionSummary
from .revision_summary_links import RevisionSummaryLinks
from .revision_summary_origin import RevisionSummaryOrigin
from .revision_summary_page import RevisionSummaryPage
from .revision_summary_patch_item import RevisionSummaryPatchItem
from .routine_create import RoutineCreate
from .routine_entry_create import RoutineEntryCreate
from .routine_item import RoutineItem
from .routine_kind import RoutineKind
from .routine_patch import RoutinePatch
from .routine_public import RoutinePublic
from .routine_public_fields import RoutinePublicFields
from .routine_public_fields_links import RoutinePublicFieldsLinks
from .routine_public_links import RoutinePublicLinks
from .routine_summary import RoutineSummary
from .routine_summary_fields import RoutineSummaryFields
from .routine_summary_fields_links import RoutineSummaryFieldsLinks
from .routine_summary_fields_page import RoutineSummaryFieldsPage
from .routine_summary_links import RoutineSummaryLinks
from .routine_summary_page import RoutineSummaryPage
from .rule_kind import RuleKind
from .rule_ref import RuleRef
from .safety_rule_patch import SafetyRulePatch
from .safety_rule_public import SafetyRulePublic
from .safety_rule_public_links import SafetyRulePublicLinks
from .safety_rule_public_page import SafetyRulePublicPage
from .safety_rule_spec import SafetyRuleSpec
from .saved_composition import SavedComposition
from .scale_anchor import ScaleAnchor
from .severity import Severity
from .sides import Sides
from .source_create import SourceCreate
from .source_kind import SourceKind
from .source_patch import SourcePatch
from .source_public import SourcePublic
from .source_public_links import SourcePublicLinks
from .source_public_page import SourcePublicPage
from .source_ref import SourceRef
from .source_ref_input import SourceRefInput
from .source_section import SourceSection
from .source_section_input import SourceSectionInput
from .step_change import StepChange
from .step_change_input import StepChangeInput
from .step_create import StepCreate
from .step_cue import StepCue
from .step_media import StepMedia
from .step_public import StepPublic
from .step_public_page import StepPublicPage
from .target_area import TargetArea
from .term_create import TermCreate
from .term_patch import TermPatch
from .time_budget_trigger import TimeBudgetTrigger
from .urgency import Urgency
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .vocabulary import Vocabulary
from .vocabulary_mobility_limits import VocabularyMobilityLimits
from .vocabulary_patch import VocabularyPatch
from .vocabulary_patch_mobility_limits import VocabularyPatchMobilityLimits
from .vocabulary_patch_red_flags import VocabularyPatchRedFlags
from .vocabulary_red_flags import VocabularyRedFlags

__all__ = (
    "AllOfTrigger",
    "AllOfTriggerInput",
    "AlwaysTrigger",
    "AnswerTarget",
    "AnswerTargetField",
    "AppliedModification",
    "AskIf",
    "Bundle",
    "BundleChanges",
    "BundleDelta",
    "BundleDeltaLinks",
    "BundleKeys",
    "BundleLinks",
    "BundleOrder",
    "Caution",
    "CautionInput",
    "Collection",
    "ComposedRoutine",
    "ComposeRequest",
    "Composition",
    "DaysWithPainTrigger",
    "DaysWithPainTriggerInput",
    "Demand",
    "Difficulty",
    "Dose",
    "DoseEffect",
    "DoseEffectInput",
    "DoseEffectInputRange",
    "DoseEffectRange",
    "DoseInput",
    "EnableWhen",
    "ExcludeEffect",
    "ExcludeEffectInput",
    "Exclusion",
    "ExclusionReason",
    "FieldError",
    "Health",
    "HTTPValidationError",
    "ItemType",
    "ListedKind",
    "Media",
    "MediaFigures",
    "MediaInput",
    "MediaInputFigures",
    "MobilityLimit",
    "MobilityLimitPublic",
    "MobilityLimitPublicPage",
    "MobilityLimitTrigger",
    "ModificationCreate",
    "ModificationKind",
    "ModificationPublic",
    "ModifyEffect",
    "ModifyEffectInput",
    "NoSuitablePosesTrigger",
    "Notice",
    "NoticeEffect",
    "NoticeEffectInput",
    "NumberRange",
    "NumberRangeInput",
    "Outcome",
    "PainBand",
    "PainBandTrigger",
    "Phase",
    "PhaseInput",
    "PoseCreate",
    "PoseKind",
    "PosePatch",
    "PosePublic",
    "PosePublicFields",
    "PosePublicFieldsLinks",
    "PosePublicLinks",
    "PoseRef",
    "PoseSort",
    "PoseSummary",
    "PoseSummaryFields",
    "PoseSummaryFieldsLinks",
    "PoseSummaryFieldsPage",
    "PoseSummaryLinks",
    "PoseSummaryPage",
    "Position",
    "Problem",
    "Prop",
    "QuestionnaireItem",
    "QuestionnairePublic",
    "QuestionnairePublicLinks",
    "Readiness",
    "RedFlag",
    "RedFlagPublic",
    "RedFlagPublicPage",
    "RedFlagTrigger",
    "ReferEffect",
    "Referral",
    "ReferralAction",
    "ReferralActionSpec",
    "ReferralActionSpecRegional",
    "ReferralReason",
    "Region",
    "RevisionList",
    "RevisionPublic",
    "RevisionPublicBody",
    "RevisionPublicLinks",
    "RevisionPublicOrigin",
    "RevisionPublicPatchItem",
    "RevisionSummary",
    "RevisionSummaryLinks",
    "RevisionSummaryOrigin",
    "RevisionSummaryPage",
    "RevisionSummaryPatchItem",
    "RoutineCreate",
    "RoutineEntryCreate",
    "RoutineItem",
    "RoutineKind",
    "RoutinePatch",
    "RoutinePublic",
    "RoutinePublicFields",
    "RoutinePublicFieldsLinks",
    "RoutinePublicLinks",
    "RoutineSummary",
    "RoutineSummaryFields",
    "RoutineSummaryFieldsLinks",
    "RoutineSummaryFieldsPage",
    "RoutineSummaryLinks",
    "RoutineSummaryPage",
    "RuleKind",
    "RuleRef",
    "SafetyRulePatch",
    "SafetyRulePublic",
    "SafetyRulePublicLinks",
    "SafetyRulePublicPage",
    "SafetyRuleSpec",
    "SavedComposition",
    "ScaleAnchor",
    "Severity",
    "Sides",
    "SourceCreate",
    "SourceKind",
    "SourcePatch",
    "SourcePublic",
    "SourcePublicLinks",
    "SourcePublicPage",
    "SourceRef",
    "SourceRefInput",
    "SourceSection",
    "SourceSectionInput",
    "StepChange",
    "StepChangeInput",
    "StepCreate",
    "StepCue",
    "StepMedia",
    "StepPublic",
    "StepPublicPage",
    "TargetArea",
    "TermCreate",
    "TermPatch",
    "TimeBudgetTrigger",
    "Urgency",
    "ValidationError",
    "ValidationErrorContext",
    "Vocabulary",
    "VocabularyMobilityLimits",
    "VocabularyPatch",
    "VocabularyPatchMobilityLimits",
    "VocabularyPatchRedFlags",
    "VocabularyRedFlags",
)
