//! `#[derive(Decode)]` for cce-lint's model structs.
//!
//! The structural pass has already matched each key to its canonical field (case folding,
//! duplicates, unknown keys) and checked its type, so a struct only has to hand out the field
//! a canonical key names: one `match`, the way Go's decoder finds a field and decodes into it.
//! The JSON key of a field is its `#[serde(rename = "…")]`, else its name, so serde and this
//! derive read the same keys from one declaration.

use std::collections::BTreeMap;

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Error, Fields, LitStr};

/// Implements `crate::decode::Decode` for a struct with named fields (the field a key names, and
/// Go's zero-value test: every field zero): every field's type must implement `Decode` too.
#[proc_macro_derive(Decode, attributes(serde))]
pub fn derive_decode(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

fn expand(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(Error::new_spanned(name, "Decode supports structs only"));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(Error::new_spanned(name, "Decode needs named fields"));
    };
    // Arms grouped by key length: a key is compared with the keys of its length only (a
    // `match` on strings compares them one after the other, a call each in size-optimised code).
    let mut arms_by_length: BTreeMap<usize, Vec<proc_macro2::TokenStream>> = BTreeMap::new();
    let mut zero_tests = Vec::new();
    for field in &fields.named {
        let ident = field.ident.as_ref().expect("named fields have names");
        let key = json_key(field)?.unwrap_or_else(|| ident.to_string());
        arms_by_length
            .entry(key.len())
            .or_default()
            .push(quote! { #key => ::core::option::Option::Some(&mut self.#ident) });
        zero_tests.push(quote! { crate::decode::Decode::is_zero(&self.#ident) });
    }
    let length_arms = arms_by_length.into_iter().map(|(length, arms)| {
        quote! {
            #length => match key {
                #(#arms,)*
                _ => ::core::option::Option::None,
            }
        }
    });
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    Ok(quote! {
        impl #impl_generics crate::decode::Decode for #name #type_generics #where_clause {
            fn is_zero(&self) -> bool {
                true #(&& #zero_tests)*
            }

            fn field(
                &mut self,
                key: &'static str,
            ) -> ::core::option::Option<&mut dyn crate::decode::Decode> {
                match key.len() {
                    #(#length_arms,)*
                    _ => ::core::option::Option::None,
                }
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
                return Err(meta.error("Decode does not support this serde attribute"));
            }
            Ok(())
        })?;
    }
    Ok(key)
}
