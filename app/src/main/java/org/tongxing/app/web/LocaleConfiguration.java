package org.tongxing.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages: {@code ?lang=en} or {@code ?lang=zh-CN} switches it, a cookie keeps
 * it, and the texts come from {@code messages.properties} (Chinese) and {@code
 * messages_en.properties} through Spring Boot's message source. That needs {@code
 * spring.messages.fallback-to-system-locale=false}: otherwise a server running in English would
 * fall back to English before the Chinese base file.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

  public static final String LANGUAGE_PARAMETER = "lang";

  /** The name {@code localeResolver} is what the DispatcherServlet looks up. */
  @Bean
  public LocaleResolver localeResolver() {
    return new SupportedLocaleResolver();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
    languageSwitch.setParamName(LANGUAGE_PARAMETER);
    languageSwitch.setIgnoreInvalidLocale(true);
    registry.addInterceptor(languageSwitch);
  }
}
