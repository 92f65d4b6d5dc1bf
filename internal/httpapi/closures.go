package httpapi

const pkgGorm = "gorm.io/gorm"

// SyncCall describes a function that calls the function value it is given
// before it returns, on the caller's goroutine: a closure handed to it runs
// at the call (db.Transaction(func(tx *gorm.DB) error { ... })).
type SyncCall struct {
	Param int  // the argument holding the function value
	Many  bool // it may call it more than once (a sort's comparator); else at most once
}

// SyncCalls are the functions known to run a closure argument at the call,
// keyed like the other tables. Each may also not call it at all (gorm's
// Transaction when the transaction cannot begin, sync.Once.Do after the
// first time), so what the closure does happens on some paths only.
// Functions that keep the closure for later (sync.OnceFunc, errgroup's Go,
// http.HandlerFunc) are not here.
var SyncCalls = map[string]SyncCall{
	pkgGorm + ".DB.Transaction": {Param: 0},
	"sync.Once.Do":              {Param: 0},
	"sort.Slice":                {Param: 1, Many: true},
	"sort.SliceStable":          {Param: 1, Many: true},
	"slices.SortFunc":           {Param: 1, Many: true},
	"slices.SortStableFunc":     {Param: 1, Many: true},
	"slices.ContainsFunc":       {Param: 1, Many: true},
	"slices.IndexFunc":          {Param: 1, Many: true},
}
