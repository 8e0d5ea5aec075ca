package model

// EventKind names what happened in an Event.
type EventKind string

// The event kinds vita knows. The model file may use any of them; anything else is a validation
// problem, so a typo ("suspened") is caught rather than exported.
const (
	Born                 EventKind = "born"
	Died                 EventKind = "died"
	Elected              EventKind = "elected"
	Reelected            EventKind = "re-elected"
	Defeated             EventKind = "defeated"
	Candidate            EventKind = "candidate"
	Nominated            EventKind = "nominated"
	Appointed            EventKind = "appointed"
	SwornIn              EventKind = "sworn_in"
	Resigned             EventKind = "resigned"
	Retired              EventKind = "retired"
	Suspended            EventKind = "suspended"
	Expelled             EventKind = "expelled"
	Joined               EventKind = "joined"
	Left                 EventKind = "left"
	Withdrew             EventKind = "withdrew"
	EndorsementWithdrawn EventKind = "endorsement_withdrawn"
	Apologised           EventKind = "apologised"
	Controversy          EventKind = "controversy"
	Lawsuit              EventKind = "lawsuit"
	Award                EventKind = "award"
	Competition          EventKind = "competition"
	Graduated            EventKind = "graduated"
	AdmittedToBar        EventKind = "admitted_to_bar"
	Enlisted             EventKind = "enlisted"
	Married              EventKind = "married"
	Divorced             EventKind = "divorced"
	Moved                EventKind = "moved"
	Strike               EventKind = "strike"
	Assassinated         EventKind = "assassinated"
	Killed               EventKind = "killed"
	Other                EventKind = "other"
)

// EventKinds lists every known kind, in the order above.
var EventKinds = []EventKind{Born, Died, Elected, Reelected, Defeated, Candidate, Nominated,
	Appointed, SwornIn, Resigned, Retired, Suspended, Expelled, Joined, Left, Withdrew,
	EndorsementWithdrawn, Apologised, Controversy, Lawsuit, Award, Competition, Graduated,
	AdmittedToBar, Enlisted, Married, Divorced, Moved, Strike, Assassinated, Killed, Other}

// Known reports whether k is one of EventKinds.
func (k EventKind) Known() bool {
	for _, e := range EventKinds {
		if k == e {
			return true
		}
	}
	return false
}
