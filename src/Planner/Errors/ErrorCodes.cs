namespace Planner.Errors;

/// <summary>
/// The registry: every error code Planner raises, each documented by its English sentence (<c>problem.{code}</c> in
/// <c>templates/text/en.json</c>; Russian and Chinese beside it). Values in braces are the error's arguments.
/// </summary>
public readonly partial record struct ErrorCode
{
    /// <summary><c>agenda.moveTarget</c>: "Choose another session to move the item to."</summary>
    public static readonly ErrorCode AgendaMoveTarget = new("agenda.moveTarget");
    /// <summary><c>agenda.noSuchItem</c>: "The session has no such item."</summary>
    public static readonly ErrorCode AgendaNoSuchItem = new("agenda.noSuchItem");

    /// <summary><c>audit.unknownEntity</c>: "There is no history of this kind of record."</summary>
    public static readonly ErrorCode AuditUnknownEntity = new("audit.unknownEntity");

    /// <summary><c>capability.notFound</c>: "There is no such capability; choose one from the list of capabilities."</summary>
    public static readonly ErrorCode CapabilityNotFound = new("capability.notFound");

    /// <summary><c>checkin.notDelegate</c>: "This person is not (or no longer) a delegate of the event."</summary>
    public static readonly ErrorCode CheckinNotDelegate = new("checkin.notDelegate");
    /// <summary><c>checkin.unknownCode</c>: "This check-in code was not issued by Planner."</summary>
    public static readonly ErrorCode CheckinUnknownCode = new("checkin.unknownCode");

    /// <summary><c>conflict</c>: "This change collides with other records."</summary>
    public static readonly ErrorCode Conflict = new("conflict");
    /// <summary><c>conflict.found</c>: "{conflict}"</summary>
    public static readonly ErrorCode ConflictFound = new("conflict.found");
    /// <summary><c>conflict.one</c>: "The change would cause a conflict: {conflicts} Confirm the change to make it anyway." The family of <c>conflict.{code}</c> (<c>conflict.venue.doubleBooked</c>).</summary>
    public static readonly ErrorCode ConflictOne = new("conflict.one");
    /// <summary><c>conflict.several</c>: "The change would cause {count} conflicts: {conflicts} Confirm the change to make it anyway."</summary>
    public static readonly ErrorCode ConflictSeveral = new("conflict.several");

    /// <summary><c>csv.unclosedQuote</c>: "Line {line} opens a quoted field that is never closed."</summary>
    public static readonly ErrorCode CsvUnclosedQuote = new("csv.unclosedQuote");

    /// <summary><c>correctiveAction.completedBeforeStart</c>: "The action cannot be completed before it started."</summary>
    public static readonly ErrorCode CorrectiveActionCompletedBeforeStart = new("correctiveAction.completedBeforeStart");
    /// <summary><c>correctiveAction.completedWithoutDate</c>: "A completed action has the date it was completed; enter it."</summary>
    public static readonly ErrorCode CorrectiveActionCompletedWithoutDate = new("correctiveAction.completedWithoutDate");
    /// <summary><c>correctiveAction.dueBeforeStart</c>: "The completion date is before the start date."</summary>
    public static readonly ErrorCode CorrectiveActionDueBeforeStart = new("correctiveAction.dueBeforeStart");
    /// <summary><c>correctiveAction.notCompleted</c>: "Only a completed action has a completion date."</summary>
    public static readonly ErrorCode CorrectiveActionNotCompleted = new("correctiveAction.notCompleted");
    /// <summary><c>correctiveAction.onStrength</c>: "This finding is a strength; corrective actions address areas for improvement."</summary>
    public static readonly ErrorCode CorrectiveActionOnStrength = new("correctiveAction.onStrength");

    /// <summary><c>deadline.afterStart</c>: "The deadline for replies is before the event starts ({start})."</summary>
    public static readonly ErrorCode DeadlineAfterStart = new("deadline.afterStart");

    /// <summary><c>delegates.empty</c>: "The file is empty; its first line names the columns: {columns}."</summary>
    public static readonly ErrorCode DelegatesEmpty = new("delegates.empty");
    /// <summary><c>delegates.heads</c>: "{place}: the delegation of {party} has {count} heads; it needs exactly one."</summary>
    public static readonly ErrorCode DelegatesHeads = new("delegates.heads");
    /// <summary><c>delegates.listedTwice</c>: "{place}: {name} is listed twice."</summary>
    public static readonly ErrorCode DelegatesListedTwice = new("delegates.listedTwice");
    /// <summary><c>delegates.missingColumn</c>: "{place}: there is no column '{column}'."</summary>
    public static readonly ErrorCode DelegatesMissingColumn = new("delegates.missingColumn");
    /// <summary><c>delegates.notParticipant</c>: "{place}: '{code}' does not take part in this event."</summary>
    public static readonly ErrorCode DelegatesNotParticipant = new("delegates.notParticipant");
    /// <summary><c>delegates.notWorkbook</c>: "The file is not an .xlsx workbook."</summary>
    public static readonly ErrorCode DelegatesNotWorkbook = new("delegates.notWorkbook");
    /// <summary><c>delegates.role</c>: "{place}: role is 'head' or 'member', not '{value}'."</summary>
    public static readonly ErrorCode DelegatesRole = new("delegates.role");
    /// <summary><c>delegates.tooManyRows</c>: "The file has {count} delegates; one import takes at most {max}."</summary>
    public static readonly ErrorCode DelegatesTooManyRows = new("delegates.tooManyRows");
    /// <summary><c>delegates.unknownColumn</c>: "{place}: '{name}' is not a column of a delegate list; the columns are {columns}."</summary>
    public static readonly ErrorCode DelegatesUnknownColumn = new("delegates.unknownColumn");
    /// <summary><c>delegates.notSheet</c>: "The import takes an .xlsx workbook or a CSV file."</summary>
    public static readonly ErrorCode DelegatesNotSheet = new("delegates.notSheet");

    /// <summary><c>delegation.otherParty</c>: "This person belongs to another party."</summary>
    public static readonly ErrorCode DelegationOtherParty = new("delegation.otherParty");
    /// <summary><c>delegation.personTaken</c>: "This person is already in another delegation to this event."</summary>
    public static readonly ErrorCode DelegationPersonTaken = new("delegation.personTaken");
    /// <summary><c>delegation.personTwice</c>: "This person is named twice in the delegation."</summary>
    public static readonly ErrorCode DelegationPersonTwice = new("delegation.personTwice");
    /// <summary><c>delegation.tooLarge</c>: "A delegation has at most {max} people."</summary>
    public static readonly ErrorCode DelegationTooLarge = new("delegation.tooLarge");

    /// <summary><c>document.fontsMissing</c>: "A font this document needs is not installed yet; ask the administrator to install it, then try again."</summary>
    public static readonly ErrorCode DocumentFontsMissing = new("document.fontsMissing");
    /// <summary><c>document.notFound</c>: "There is no such document; the documents are the agenda, the list of participants and the outcome."</summary>
    public static readonly ErrorCode DocumentNotFound = new("document.notFound");

    /// <summary><c>event.agendaOutside</c>: "These agenda sessions would lie outside the event's new times; move the agenda with it or change them first: {sessions}"</summary>
    public static readonly ErrorCode EventAgendaOutside = new("event.agendaOutside");
    /// <summary><c>event.endsBeforeStart</c>: "The event ends ({end}) before or when it starts ({start})."</summary>
    public static readonly ErrorCode EventEndsBeforeStart = new("event.endsBeforeStart");
    /// <summary><c>event.notExercise</c>: "This event is not an exercise; only exercises have an exercise plan."</summary>
    public static readonly ErrorCode EventNotExercise = new("event.notExercise");
    /// <summary><c>event.notFound</c>: "There is no such event."</summary>
    public static readonly ErrorCode EventNotFound = new("event.notFound");
    /// <summary><c>event.numberNotPositive</c>: "The number is a positive whole number (40 for the 40th meeting)."</summary>
    public static readonly ErrorCode EventNumberNotPositive = new("event.numberNotPositive");
    /// <summary><c>event.numberWithoutSeries</c>: "Only an event in a series has a number; choose the series too."</summary>
    public static readonly ErrorCode EventNumberWithoutSeries = new("event.numberWithoutSeries");
    /// <summary><c>event.sent</c>: "Invitations were sent for this event, so it cannot be deleted; cancel it instead."</summary>
    public static readonly ErrorCode EventSent = new("event.sent");
    /// <summary><c>event.tooLong</c>: "An event lasts at most {days} days."</summary>
    public static readonly ErrorCode EventTooLong = new("event.tooLong");

    /// <summary><c>exercise.finalWithoutDate</c>: "A final report needs its publication date."</summary>
    public static readonly ErrorCode ExerciseFinalWithoutDate = new("exercise.finalWithoutDate");
    /// <summary><c>exercise.noPlan</c>: "This event has no exercise plan yet."</summary>
    public static readonly ErrorCode ExerciseNoPlan = new("exercise.noPlan");
    /// <summary><c>exercise.sendingIsHost</c>: "The receiving party (the host) is not also a sending party."</summary>
    public static readonly ErrorCode ExerciseSendingIsHost = new("exercise.sendingIsHost");
    /// <summary><c>exercise.sendingNotState</c>: "Only states send forces to an exercise."</summary>
    public static readonly ErrorCode ExerciseSendingNotState = new("exercise.sendingNotState");
    /// <summary><c>exercise.sendingTwice</c>: "This party is named twice."</summary>
    public static readonly ErrorCode ExerciseSendingTwice = new("exercise.sendingTwice");

    /// <summary><c>feed.unknown</c>: "This calendar feed is not known, or was revoked."</summary>
    public static readonly ErrorCode FeedUnknown = new("feed.unknown");

    /// <summary><c>file.tooLarge</c>: "The file is too large."</summary>
    public static readonly ErrorCode FileTooLarge = new("file.tooLarge");

    /// <summary><c>finding.hasCorrectiveActions</c>: "This area for improvement has corrective actions; it cannot become a strength."</summary>
    public static readonly ErrorCode FindingHasCorrectiveActions = new("finding.hasCorrectiveActions");

    /// <summary><c>history.unknownEntity</c>: "There is no history of this kind of record."</summary>
    public static readonly ErrorCode HistoryUnknownEntity = new("history.unknownEntity");

    /// <summary><c>holiday.badFile</c>: "This file is not an iCalendar (.ics) file."</summary>
    public static readonly ErrorCode HolidayBadFile = new("holiday.badFile");
    /// <summary><c>holiday.bigFile</c>: "The file is larger than 2 MB."</summary>
    public static readonly ErrorCode HolidayBigFile = new("holiday.bigFile");
    /// <summary><c>holiday.noDate</c>: "The holiday “{name}” has no usable date."</summary>
    public static readonly ErrorCode HolidayNoDate = new("holiday.noDate");
    /// <summary><c>holiday.noEvents</c>: "The file has no events; choose a calendar of holidays."</summary>
    public static readonly ErrorCode HolidayNoEvents = new("holiday.noEvents");
    /// <summary><c>holiday.noFile</c>: "Choose an .ics file of holidays."</summary>
    public static readonly ErrorCode HolidayNoFile = new("holiday.noFile");
    /// <summary><c>holiday.tooMany</c>: "The file has {count} events; at most {max} are imported at once."</summary>
    public static readonly ErrorCode HolidayTooMany = new("holiday.tooMany");

    /// <summary><c>inject.moveOutsideExercise</c>: "The move would put an inject outside the exercise."</summary>
    public static readonly ErrorCode InjectMoveOutsideExercise = new("inject.moveOutsideExercise");
    /// <summary><c>inject.numberNotPositive</c>: "An inject's number is a positive whole number."</summary>
    public static readonly ErrorCode InjectNumberNotPositive = new("inject.numberNotPositive");
    /// <summary><c>inject.numberTaken</c>: "The MSEL already has an inject with this number."</summary>
    public static readonly ErrorCode InjectNumberTaken = new("inject.numberTaken");
    /// <summary><c>inject.outsideExercise</c>: "The time lies outside the exercise."</summary>
    public static readonly ErrorCode InjectOutsideExercise = new("inject.outsideExercise");

    /// <summary><c>internal</c>: "The request failed unexpectedly; the error was logged."</summary>
    public static readonly ErrorCode Internal = new("internal");

    /// <summary><c>invitation.eventBegun</c>: "The event has already begun; invitations go only to events still to come."</summary>
    public static readonly ErrorCode InvitationEventBegun = new("invitation.eventBegun");
    /// <summary><c>invitation.eventOver</c>: "The event is cancelled or over; invitations go only to events still to come."</summary>
    public static readonly ErrorCode InvitationEventOver = new("invitation.eventOver");

    /// <summary><c>language.unknown</c>: "Choose English, Russian or Chinese."</summary>
    public static readonly ErrorCode LanguageUnknown = new("language.unknown");

    /// <summary><c>lastDay.beforeFirst</c>: "The last day ({last}) is before the first day ({first})."</summary>
    public static readonly ErrorCode LastDayBeforeFirst = new("lastDay.beforeFirst");
}
