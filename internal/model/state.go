package model

import (
	"maps"
	"slices"
	"strings"
)

// The State lattice the flow computes over: how an event changes the
// state of the response (apply), and how the states of two paths merge.

// apply changes the state as the event changes the response.
func (s *State) apply(ev *Event) {
	for _, k := range ev.Headers {
		s.Headers = addKey(s.Headers, k) // a helper's own headers
	}
	switch ev.Kind {
	case StatusOnly, Render:
		if ev.Informational() {
			return // the final status is still to come
		}
		s.choose(ev)
		if ev.Commits {
			s.send(ev)
		}
	case BodyOnly:
		if ev.Commits {
			s.send(ev)
		}
	case Opaque:
		s.Unknown = true
		s.StatusMaySet = true
		s.MaySent = true
		s.Headers = addKey(s.Headers, "*")
	case Header:
		key := strings.ToLower(ev.HeaderKey)
		if key == "" {
			key = "*"
		}
		s.Headers = addKey(s.Headers, key)
	case Async:
		s.Async = true
	}
}

// choose makes ev's status the one in effect, unless the header is gone.
func (s *State) choose(ev *Event) {
	switch {
	case s.Sent:
		return
	case s.MaySent:
		s.Status = addEvent(s.Status, ev)
	default:
		s.Status = []*Event{ev}
	}
	s.StatusSet, s.StatusMaySet = true, true
}

// send records that ev sent the header.
func (s *State) send(ev *Event) {
	switch {
	case s.Sent:
		return
	case s.MaySent:
		s.SentBy = addEvent(s.SentBy, ev)
	default:
		s.SentBy = []*Event{ev}
	}
	s.Sent, s.MaySent = true, true
}

func (s State) clone() State {
	c := s
	c.Status = slices.Clone(s.Status)
	c.SentBy = slices.Clone(s.SentBy)
	c.Headers = slices.Clone(s.Headers)
	// Guards and origins are shared, copied on write: an append to the
	// clipped slice copies it, merge copies both before it deletes, and the
	// flow's transfer copies origins before it assigns (a clone per edge
	// was most of the model's allocations).
	c.Guards = slices.Clip(s.Guards)
	c.known = slices.Clip(s.known)
	return c
}

// merge joins o into s at a control-flow merge and reports a change.
func (s *State) merge(o State) bool {
	old := s.clone()
	s.Methods |= o.Methods
	s.StatusSet = s.StatusSet && o.StatusSet
	s.StatusMaySet = s.StatusMaySet || o.StatusMaySet
	s.Sent = s.Sent && o.Sent
	s.MaySent = s.MaySent || o.MaySent
	s.Unknown = s.Unknown || o.Unknown
	s.Async = s.Async && o.Async
	for _, k := range o.Headers {
		s.Headers = addKey(s.Headers, k)
	}
	for _, e := range o.Status {
		s.Status = addEvent(s.Status, e)
	}
	for _, e := range o.SentBy {
		s.SentBy = addEvent(s.SentBy, e)
	}
	if slices.ContainsFunc(s.known, func(k known) bool { return !o.knows(k) }) {
		s.known = slices.DeleteFunc(slices.Clone(s.known), func(k known) bool { return !o.knows(k) })
	}
	lost := func(g Guard) bool { return !slices.Contains(o.Guards, g) }
	if slices.ContainsFunc(s.Guards, lost) {
		s.Guards = slices.DeleteFunc(slices.Clone(s.Guards), lost)
	}
	for k, v := range s.origins {
		if o.origins[k] != v {
			s.origins = maps.Clone(s.origins) // shared with clones: copy, then forget
			for k, v := range s.origins {
				if o.origins[k] != v {
					delete(s.origins, k)
				}
			}
			break
		}
	}
	return !old.equal(*s)
}

func (s State) equal(o State) bool {
	return s.Methods == o.Methods && s.StatusSet == o.StatusSet && s.StatusMaySet == o.StatusMaySet &&
		s.Sent == o.Sent && s.MaySent == o.MaySent && s.Unknown == o.Unknown && s.Async == o.Async &&
		slices.Equal(s.Headers, o.Headers) &&
		slices.Equal(s.Status, o.Status) && slices.Equal(s.SentBy, o.SentBy) &&
		slices.Equal(s.Guards, o.Guards) && len(s.origins) == len(o.origins) && len(s.known) == len(o.known)
}

func addKey(list []string, k string) []string {
	if slices.Contains(list, k) {
		return list
	}
	return append(list, k)
}

func addEvent(list []*Event, e *Event) []*Event {
	if slices.Contains(list, e) {
		return list
	}
	return append(list, e)
}
