//! `#[derive(FromNormalised)]` for cce-lint's model structs.
//!
//! The structural pass has already resolved keys (case folding, duplicates, unknown keys) and
//! types, so reading a struct is taking each field's key out of the object. serde's derive does
//! the same job with a general visitor that is about three times larger in the WebAssembly
//! module. The JSON key of a field is its `#[serde(rename = "…")]`, else its name, so both
//! derives read the same keys from one declaration.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Error, Fields, LitStr};

/// Implements `crate::typed::FromNormalised` for a struct with named fields. Every field must
/// have a `Default` (the model's fields all carry `#[serde(default)]` or are `Option`s).
#[proc_macro_derive(FromNormalised, attributes(serde))]
pub fn derive_from_normalised(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

fn expand(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(Error::new_spanned(
            name,
            "FromNormalised supports structs only",
        ));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(Error::new_spanned(
            name,
            "FromNormalised needs named fields",
        ));
    };
    let mut readers = Vec::new();
    for field in &fields.named {
        let ident = field.ident.as_ref().expect("named fields have names");
        let key = json_key(field)?.unwrap_or_else(|| ident.to_string());
        readers.push(quote! { #ident: crate::typed::take_member(&mut members, #key, error) });
    }
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    Ok(quote! {
        impl #impl_generics crate::typed::FromNormalised for #name #type_generics #where_clause {
            fn read(
                value: ::serde_json::Value,
                error: &mut ::core::option::Option<crate::typed::DecodeError>,
            ) -> Self {
                let mut members = crate::typed::object_members(value, error);
                Self { #(#readers,)* }
            }
        }
    })
}

/// The `rename` of a field's `#[serde(…)]` attributes, if any.
fn json_key(field: &syn::Field) -> syn::Result<Option<String>> {
    let mut key = None;
    for attribute in field
        .attrs
        .iter()
        .filter(|attribute| attribute.path().is_ident("serde"))
    {
        attribute.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                key = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("skip_serializing_if") {
                meta.value()?.parse::<LitStr>()?;
            } else if !meta.path.is_ident("default") || meta.input.peek(syn::Token![=]) {
                // `default = "…"`, `alias`, `with`, `flatten`, … would read differently here.
                return Err(meta.error("FromNormalised does not support this serde attribute"));
            }
            Ok(())
        })?;
    }
    Ok(key)
}
