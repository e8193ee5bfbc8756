package dev.servicedesk.api.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.databind.ObjectMapper;

/** Builds {@link ApiParams} for API handlers from the query, the form and a JSON object body. */
class ApiParamsResolver implements HandlerMethodArgumentResolver {

    private final ObjectMapper json;

    ApiParamsResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ApiParams.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) throws IOException {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Map<String, Object> values = new HashMap<>();
        request.getParameterMap().forEach((name, array) -> values.put(name, array.length == 1 ? array[0] : List.of(array)));
        String contentType = request.getContentType();
        if (contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            byte[] body = request.getInputStream().readAllBytes();
            if (body.length > 0) {
                Object parsed = json.readValue(body, Object.class);
                if (parsed instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> values.put(String.valueOf(key), value));
                }
            }
        }
        return new ApiParams(values);
    }
}
