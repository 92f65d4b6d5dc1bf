package validationstatus

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type commentRequest struct {
	Body string `json:"body" validate:"required,max=500"`
}

type echoServer struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *echoServer) {
	e.POST("/comments", s.createComment)
	g := e.Group("/v1")
	g.POST("/comments", s.createCommentV1)
	e5.POST("/v5/comments", s.createComment5)
	e5.PUT("/v5/comments/:id", s.putComment5)

	e.POST("/comments/ok", s.createCommentOK)
	e5.POST("/v5/comments/ok", s.createComment5OK)
}

func (s *echoServer) createComment(c echo.Context) error {
	var req commentRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := c.Validate(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error()) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from echo\.Context\.Validate\) in POST /comments; .*422 Unprocessable Entity`
	}
	return c.JSON(http.StatusCreated, req)
}

func (s *echoServer) createCommentV1(c echo.Context) error {
	var req commentRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusUnprocessableEntity, map[string]string{"error": err.Error()}) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /v1/comments; .*400 Bad Request`
	}
	if err := validate.Struct(req); err != nil {
		return c.JSON(400, map[string]string{"error": err.Error()}) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /v1/comments; .*422 Unprocessable Entity`
	}
	return c.JSON(http.StatusCreated, req)
}

func (s *echoServer) createComment5(c *echo5.Context) error {
	var req commentRequest
	if err := c.Bind(&req); err != nil {
		return echo5.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := c.Validate(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from echo\.Context\.Validate\) in POST /v5/comments; .*422 Unprocessable Entity`
	}
	return c.JSON(http.StatusCreated, req)
}

func (s *echoServer) putComment5(c *echo5.Context) error {
	var req commentRequest
	if err := c.Bind(&req); err != nil {
		return echo5.NewHTTPError(http.StatusUnprocessableEntity, err.Error()) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from echo\.Context\.Bind\) in PUT /v5/comments/:id; .*400 Bad Request`
	}
	return c.NoContent(http.StatusNoContent)
}

// --- quiet ---

func (s *echoServer) createCommentOK(c echo.Context) error {
	var req commentRequest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := c.Validate(&req); err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	if req.Body == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "empty comment")
	}
	return c.JSON(http.StatusCreated, req)
}

func (s *echoServer) createComment5OK(c *echo5.Context) error {
	var req commentRequest
	if err := c.Bind(&req); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()})
	}
	if err := c.Validate(&req); err != nil {
		return c.JSON(http.StatusUnprocessableEntity, map[string]string{"error": err.Error()})
	}
	return c.JSON(http.StatusCreated, req)
}
